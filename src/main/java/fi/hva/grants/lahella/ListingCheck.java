package fi.hva.grants.lahella;

/**
 * Checks whether an applying association is listed in the association service the region requires
 * (Lähellä.fi, a regional portal, or none). Kept behind an interface because none of these services
 * offers a documented API, so each region may need a different way of checking.
 */
public interface ListingCheck {

    /**
     * @throws ListingServiceUnavailableException when the service cannot answer; the calling job
     *     should fail so that the engine retries it and finally raises an incident
     */
    ListingResult check(ListingQuery query);
}
