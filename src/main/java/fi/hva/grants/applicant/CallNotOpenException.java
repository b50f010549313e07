package fi.hva.grants.applicant;

/** The call does not exist or is not taking applications. */
class CallNotOpenException extends RuntimeException {

    CallNotOpenException(String code) {
        super("No open call " + code);
    }
}
