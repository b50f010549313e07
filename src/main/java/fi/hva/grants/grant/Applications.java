package fi.hva.grants.grant;

import org.springframework.stereotype.Component;

/** Loads the application a process instance refers to; a missing one is a technical fault, not user input. */
@Component
public class Applications {

    private final GrantApplicationRepository repository;

    public Applications(GrantApplicationRepository repository) {
        this.repository = repository;
    }

    public GrantApplication get(Object applicationId) {
        long id = ((Number) applicationId).longValue();
        return repository.findById(id)
                .orElseThrow(() -> new IllegalStateException("No grant application with id " + id));
    }
}
