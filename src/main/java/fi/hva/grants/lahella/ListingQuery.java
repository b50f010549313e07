package fi.hva.grants.lahella;

/**
 * The association to look up. The business id (Y-tunnus, e.g. {@code 1234567-1}) may be missing,
 * because a registered association does not need one; the name and municipality help the officer
 * when the check ends up manual.
 */
public record ListingQuery(String businessId, String associationName, String municipality) {

    public boolean hasBusinessId() {
        return businessId != null && !businessId.isBlank();
    }
}
