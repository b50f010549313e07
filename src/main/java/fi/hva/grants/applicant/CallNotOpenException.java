package fi.hva.grants.applicant;

/** The call does not exist or is not taking applications. */
public class CallNotOpenException extends RuntimeException {

    public CallNotOpenException(String code) {
        super("No open call " + code);
    }
}
