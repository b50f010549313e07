package fi.hva.grants.lahella;

import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.common.Messages;
import fi.hva.grants.grant.Applications;
import fi.hva.grants.grant.GrantApplication;
import java.net.URI;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records whether the applying association is listed in the region's listing service. */
@Service
public class ListingReview {

    static final String AUTOMATIC_CHECKER = "automaattinen tarkistus";

    private final ListingCheck listingCheck;
    private final Applications applications;
    private final Messages messages;

    public ListingReview(ListingCheck listingCheck, Applications applications, Messages messages) {
        this.listingCheck = listingCheck;
        this.applications = applications;
        this.messages = messages;
    }

    @Transactional
    public ListingStatus checkAutomatically(Object applicationId) {
        GrantApplication application = applications.get(applicationId);
        ListingResult result = listingCheck.check(new ListingQuery(application.getAssociation().getBusinessId(),
                application.getAssociationName(), application.getMunicipality()));
        application.recordListing(result.status(), result.listingUrl(), result.reason(), AUTOMATIC_CHECKER);
        return result.status();
    }

    @Transactional
    public void recordManualCheck(Object applicationId, String result, String url, String officer) {
        ListingStatus status = parse(result);
        if (status == ListingStatus.LISTED && !isWebAddress(url)) {
            throw new InvalidInputException(List.of(messages.get("listing.url.required")));
        }
        applications.get(applicationId).recordListing(status, status == ListingStatus.LISTED ? url : null, null, officer);
    }

    private ListingStatus parse(String result) {
        if (ListingStatus.LISTED.name().equals(result) || ListingStatus.NOT_LISTED.name().equals(result)) {
            return ListingStatus.valueOf(result);
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
