package fi.hva.grants.applicant;

/** A request body of the wrong content type (415) or too large (413). */
class UnsupportedBodyException extends RuntimeException {

    private final boolean tooLarge;

    private UnsupportedBodyException(boolean tooLarge) {
        super(tooLarge ? "Request body too large" : "Unsupported content type");
        this.tooLarge = tooLarge;
    }

    static UnsupportedBodyException tooLarge() {
        return new UnsupportedBodyException(true);
    }

    static UnsupportedBodyException wrongType() {
        return new UnsupportedBodyException(false);
    }

    public boolean isTooLarge() {
        return tooLarge;
    }
}
