package fi.hva.grants.lahella;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LocalListingDirectoryTest {

    private final LocalListingDirectory directory = new LocalListingDirectory(new ListingProperties(
            ListingMode.LOCAL, null, null, null, null, List.of("1234567-1", "0234567-1"), null));

    @Test
    void configuredBusinessIdIsListedWithALahellaLink() {
        ListingResult result = directory.check(new ListingQuery("1234567-1", "Yhdistys ry", "Kajaani"));

        assertThat(result.status()).isEqualTo(ListingStatus.LISTED);
        assertThat(result.listingUrl()).isEqualTo("https://www.lahella.fi/jarjestot/1234567-1");
        assertThat(result.reason()).isEqualTo(ListingReason.FOUND);
    }

    @Test
    void businessIdIsComparedInCanonicalForm() {
        ListingResult result = directory.check(new ListingQuery("234567-1", "Yhdistys ry", "Kajaani"));

        assertThat(result.status()).isEqualTo(ListingStatus.LISTED);
        assertThat(result.listingUrl()).isEqualTo("https://www.lahella.fi/jarjestot/0234567-1");
    }

    @Test
    void unknownBusinessIdIsLeftToTheOfficer() {
        ListingResult result = directory.check(new ListingQuery("7654321-0", "Yhdistys ry", "Kajaani"));

        assertThat(result.status()).isEqualTo(ListingStatus.UNDECIDED);
        assertThat(result.listingUrl()).isNull();
        assertThat(result.reason()).isEqualTo(ListingReason.NOT_IN_DEMO_DIRECTORY);
    }

    @Test
    void missingBusinessIdIsLeftToTheOfficer() {
        assertThat(directory.check(new ListingQuery(null, "Yhdistys ry", "Kajaani")).status())
                .isEqualTo(ListingStatus.UNDECIDED);
    }
}
