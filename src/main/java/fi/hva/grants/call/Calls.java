package fi.hva.grants.call;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Loads calls: by id from a process instance, where a missing one is a technical fault, or by the code a person gave. */
@Component
public class Calls {

    private final GrantCallRepository repository;

    Calls(GrantCallRepository repository) {
        this.repository = repository;
    }

    public GrantCall get(long id) {
        return repository.findById(id).orElseThrow(() -> new IllegalStateException("No grant call with id " + id));
    }

    /** Every call, for the pages that list them. */
    public List<GrantCall> all() {
        return repository.findAll();
    }

    /** The call whose code an applicant or a manager gave, if there is one. */
    public Optional<GrantCall> byCode(String code) {
        return repository.findByCode(code);
    }

    public GrantCall lock(long id) {
        return repository.lockById(id).orElseThrow(() -> new IllegalStateException("No grant call with id " + id));
    }
}
