package fi.hva.grants.applicant;

/** The Idempotency-Key names an earlier submission whose content was different. */
class IdempotencyKeyReusedException extends RuntimeException {

    IdempotencyKeyReusedException() {
        super("Idempotency-Key already used for a different submission");
    }
}
