package fi.hva.grants.call;

import org.springframework.stereotype.Component;

/** Loads the call a process instance refers to; a missing one is a technical fault, not user input. */
@Component
public class Calls {

    private final GrantCallRepository repository;

    Calls(GrantCallRepository repository) {
        this.repository = repository;
    }

    public GrantCall get(long id) {
        return repository.findById(id).orElseThrow(() -> new IllegalStateException("No grant call with id " + id));
    }

    public GrantCall lock(long id) {
        return repository.lockById(id).orElseThrow(() -> new IllegalStateException("No grant call with id " + id));
    }
}
