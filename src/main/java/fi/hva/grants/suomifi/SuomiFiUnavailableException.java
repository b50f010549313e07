package fi.hva.grants.suomifi;

/**
 * Suomi.fi did not answer as its interface describes, or is not configured. The message never carries the personal
 * identity code, and no cause whose message might (an address of the session registration) is attached.
 */
public class SuomiFiUnavailableException extends RuntimeException {

    public SuomiFiUnavailableException(String message) {
        super(message);
    }

    public SuomiFiUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
