package fi.hva.grants.lahella;

/** Why the listing check ended as it did; the officer reads it from the bundle key {@code listing.reason.<name>}. */
public enum ListingReason {
    FOUND,
    NOT_FOUND,
    SEVERAL_MATCHES,
    NO_BUSINESS_ID,
    NO_INTERFACE,
    NOT_IN_DEMO_DIRECTORY,
    NOT_REQUIRED
}
