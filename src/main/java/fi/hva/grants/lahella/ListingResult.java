package fi.hva.grants.lahella;

import java.util.Objects;

/**
 * Outcome of a listing check.
 *
 * @param listingUrl link to the association's listing, only when it was found
 * @param detail short Finnish explanation shown to the officer
 */
public record ListingResult(ListingStatus status, String listingUrl, String detail) {

    public ListingResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
    }

    public static ListingResult listed(String listingUrl, String detail) {
        return new ListingResult(ListingStatus.LISTED, listingUrl, detail);
    }

    public static ListingResult notListed(String detail) {
        return new ListingResult(ListingStatus.NOT_LISTED, null, detail);
    }

    public static ListingResult undecided(String detail) {
        return new ListingResult(ListingStatus.UNDECIDED, null, detail);
    }

    public static ListingResult notRequired(String detail) {
        return new ListingResult(ListingStatus.NOT_REQUIRED, null, detail);
    }
}
