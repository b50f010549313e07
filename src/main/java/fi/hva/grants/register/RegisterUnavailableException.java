package fi.hva.grants.register;

/**
 * The register could not give an answer. Unchecked and not caught where the process calls the
 * register: the job is retried on its cycle, and only its last attempt records the check as not made.
 */
public class RegisterUnavailableException extends RuntimeException {

    public RegisterUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
