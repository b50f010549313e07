package fi.hva.grants.grant;

import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.common.Messages;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Loads applications. By id (from a process instance) a missing one is a technical fault; by the
 * number an association or officer gives, it is input to correct.
 */
@Component
public class Applications {

    private final GrantApplicationRepository repository;
    private final Messages messages;

    Applications(GrantApplicationRepository repository, Messages messages) {
        this.repository = repository;
        this.messages = messages;
    }

    public GrantApplication get(long id) {
        return repository.findById(id)
                .orElseThrow(() -> new IllegalStateException("No grant application with id " + id));
    }

    /** The application a file or letter belongs to; gone when it was never stored. */
    public Optional<GrantApplication> find(long id) {
        return repository.findById(id);
    }

    public GrantApplication byNumber(String applicationNumber) {
        return repository.findByApplicationNumber(applicationNumber == null ? "" : applicationNumber.trim())
                .orElseThrow(() -> new InvalidInputException(List.of(messages.get("application.unknown", applicationNumber))));
    }

    public List<GrantApplication> ofCall(long callId) {
        return repository.findByCallIdOrderByApplicationNumber(callId);
    }
}
