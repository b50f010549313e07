package fi.hva.grants.lahella;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ManualListingCheckTest {

    @Test
    void alwaysLeavesTheCheckToTheOfficerNamingTheService() {
        ManualListingCheck check = new ManualListingCheck(new ListingProperties(
                ListingMode.MANUAL, "Ihimiset.fi", null, null, null, List.of()));

        ListingResult result = check.check(new ListingQuery("1234567-1", "Oulun Yhdistys ry", "Oulu"));

        assertThat(result.status()).isEqualTo(ListingStatus.UNDECIDED);
        assertThat(result.listingUrl()).isNull();
        assertThat(result.detail()).startsWith("Ihimiset.fi-palvelulla ei ole rajapintaa").contains("tarkista käsin");
    }

    @Test
    void noListingRequiredAnswersNotRequired() {
        ListingResult result = new NoListingRequired().check(new ListingQuery("1234567-1", "Yhdistys ry", "Joensuu"));

        assertThat(result.status()).isEqualTo(ListingStatus.NOT_REQUIRED);
        assertThat(result.listingUrl()).isNull();
    }
}
