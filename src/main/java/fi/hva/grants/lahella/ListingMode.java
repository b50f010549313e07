package fi.hva.grants.lahella;

/** How the listing is checked; set per region with {@code grants.listing.mode}. */
public enum ListingMode {
    /** Ask the service over HTTP ({@link LahellaHttpClient}). */
    HTTP,
    /** Answer from a configured list of business ids; for the demo. */
    LOCAL,
    /** Never decide; the officer checks by hand. */
    MANUAL,
    /** The region requires no listing. */
    NONE
}
