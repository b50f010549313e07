package fi.hva.grants.lahella;

/**
 * The listing service could not give an answer. Deliberately unchecked and not caught in the
 * delegates: the failing job is retried by its retry cycle and finally becomes an incident in
 * Cockpit, instead of the application being judged on a missing answer.
 */
public class ListingServiceUnavailableException extends RuntimeException {

    public ListingServiceUnavailableException(String message) {
        super(message);
    }

    public ListingServiceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
