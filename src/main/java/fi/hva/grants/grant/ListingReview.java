package fi.hva.grants.grant;

import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.common.Messages;
import fi.hva.grants.lahella.ListingCheck;
import fi.hva.grants.lahella.ListingProperties;
import fi.hva.grants.lahella.ListingQuery;
import fi.hva.grants.lahella.ListingResult;
import fi.hva.grants.lahella.ListingStatus;
import java.net.URI;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records whether the applying association is listed in the region's listing service: the service's
 * answer through the lahella package's {@link ListingCheck}, or the officer's own look.
 */
@Service
class ListingReview {

    static final String AUTOMATIC_CHECKER = "automaattinen tarkistus";

    private final ListingCheck listingCheck;
    private final Applications applications;
    private final Messages messages;
    private final ListingProperties listing;

    ListingReview(ListingCheck listingCheck, Applications applications, Messages messages, ListingProperties listing) {
        this.listingCheck = listingCheck;
        this.applications = applications;
        this.messages = messages;
        this.listing = listing;
    }

    @Transactional
    ListingStatus checkAutomatically(long applicationId) {
        GrantApplication application = applications.get(applicationId);
        ListingResult result = listingCheck.check(new ListingQuery(application.getAssociation().getBusinessId(),
                application.getAssociationName(), application.getMunicipality()));
        application.recordListing(result.status(), result.listingUrl(), result.reason(), AUTOMATIC_CHECKER);
        return result.status();
    }

    @Transactional
    void recordManualCheck(long applicationId, ListingStatus result, String url, String officer) {
        ListingStatus status = manualResult(result);
        if (status == ListingStatus.LISTED && !isWebAddress(url)) {
            throw new InvalidInputException(List.of(messages.get("listing.url.required." + listing.subject().name())));
        }
        applications.get(applicationId).recordListing(status, status == ListingStatus.LISTED ? url : null, null, officer);
    }

    /** An officer finds the listing or not; the other statuses are the automatic check's. */
    private ListingStatus manualResult(ListingStatus result) {
        if (result == ListingStatus.LISTED || result == ListingStatus.NOT_LISTED) {
            return result;
        }
        throw new InvalidInputException(List.of(messages.get("listing.result.required")));
    }

    private static boolean isWebAddress(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            URI uri = URI.create(url.trim());
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
