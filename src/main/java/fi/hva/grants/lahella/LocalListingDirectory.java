package fi.hva.grants.lahella;

import fi.hva.grants.association.BusinessId;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Demo stand-in for the listing service. Unknown associations come out undecided rather than not
 * listed, so that the demo walks through the officer's manual check.
 */
class LocalListingDirectory implements ListingCheck {

    private final String baseUrl;
    private final Set<String> listed;

    LocalListingDirectory(ListingProperties properties) {
        this.baseUrl = properties.baseUrl().toString().replaceAll("/+$", "");
        this.listed = properties.localListed().stream()
                .map(BusinessId::normalize)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public ListingResult check(ListingQuery query) {
        String businessId = BusinessId.normalize(query.businessId());
        if (businessId != null && listed.contains(businessId)) {
            return ListingResult.listed(baseUrl + "/jarjestot/" + businessId);
        }
        return ListingResult.undecided(ListingReason.NOT_IN_DEMO_DIRECTORY);
    }
}
