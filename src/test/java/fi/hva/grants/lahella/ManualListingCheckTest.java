package fi.hva.grants.lahella;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ManualListingCheckTest {

    @Test
    void alwaysLeavesTheCheckToTheOfficer() {
        ManualListingCheck check = new ManualListingCheck();

        ListingResult result = check.check(new ListingQuery("1234567-1", "Oulun Yhdistys ry", "Oulu"));

        assertThat(result.status()).isEqualTo(ListingStatus.UNDECIDED);
        assertThat(result.listingUrl()).isNull();
        assertThat(result.reason()).isEqualTo(ListingReason.NO_INTERFACE);
    }

    @Test
    void noListingRequiredAnswersNotRequired() {
        ListingResult result = new NoListingRequired().check(new ListingQuery("1234567-1", "Yhdistys ry", "Joensuu"));

        assertThat(result.status()).isEqualTo(ListingStatus.NOT_REQUIRED);
        assertThat(result.listingUrl()).isNull();
    }
}
