package fi.hva.grants.applicant;

/** The Idempotency-Key names an earlier submission whose content was different. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super("Idempotency-Key already used for a different submission");
    }
}
