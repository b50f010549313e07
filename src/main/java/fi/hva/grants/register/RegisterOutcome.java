package fi.hva.grants.register;

/** How a register check ended. */
public enum RegisterOutcome {
    FOUND,
    NOT_FOUND,
    /** The register did not answer through the whole retry cycle; the officer checks by hand. */
    UNAVAILABLE,
    /** The application names no business id, so there was nothing to look up. */
    NO_BUSINESS_ID
}
