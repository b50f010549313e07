package fi.hva.grants.lahella;

public enum ListingStatus {
    LISTED,
    NOT_LISTED,
    /** The check could not decide; the officer checks the listing by hand. */
    UNDECIDED,
    /** The region does not require a listing. */
    NOT_REQUIRED
}
