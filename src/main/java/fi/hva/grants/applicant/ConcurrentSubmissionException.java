package fi.hva.grants.applicant;

/** The same submission is being stored by another request right now; the client may retry shortly. */
class ConcurrentSubmissionException extends RuntimeException {

    ConcurrentSubmissionException(Throwable cause) {
        super("Submission with the same idempotency key in progress", cause);
    }
}
