package fi.hva.grants.lahella;

import java.util.Objects;

/**
 * Outcome of a listing check.
 *
 * @param listingUrl link to the association's listing, only when it was found
 * @param reason why the check ended so, shown to the officer
 */
public record ListingResult(ListingStatus status, String listingUrl, ListingReason reason) {

    public ListingResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
    }

    public static ListingResult listed(String listingUrl) {
        return new ListingResult(ListingStatus.LISTED, listingUrl, ListingReason.FOUND);
    }

    public static ListingResult notListed() {
        return new ListingResult(ListingStatus.NOT_LISTED, null, ListingReason.NOT_FOUND);
    }

    public static ListingResult undecided(ListingReason reason) {
        return new ListingResult(ListingStatus.UNDECIDED, null, reason);
    }

    public static ListingResult notRequired() {
        return new ListingResult(ListingStatus.NOT_REQUIRED, null, ListingReason.NOT_REQUIRED);
    }
}
