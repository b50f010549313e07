package fi.hva.grants.lahella;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LocalListingDirectoryTest {

    private final LocalListingDirectory directory = new LocalListingDirectory(new ListingProperties(
            ListingMode.LOCAL, null, null, null, null, List.of("1234567-1", "0234567-1")));

    @Test
    void configuredBusinessIdIsListedWithALahellaLink() {
        ListingResult result = directory.check(new ListingQuery("1234567-1", "Yhdistys ry", "Kajaani"));

        assertThat(result.status()).isEqualTo(ListingStatus.LISTED);
        assertThat(result.listingUrl()).isEqualTo("https://www.lahella.fi/jarjestot/1234567-1");
        assertThat(result.detail()).isEqualTo("Yhdistys löytyi Lähellä.fi-palvelusta.");
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
        assertThat(result.detail()).contains("tarkista käsin");
    }

    @Test
    void missingBusinessIdIsLeftToTheOfficer() {
        assertThat(directory.check(new ListingQuery(null, "Yhdistys ry", "Kajaani")).status())
                .isEqualTo(ListingStatus.UNDECIDED);
    }
}
