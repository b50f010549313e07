package fi.hva.grants.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** Each region file gives its letters the registry office, the competent court and the interest terms. */
class RegionLettersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "kainuu, kirjaamo@kainuu.fi, Pohjois-Suomen hallinto-oikeus, 'PL 189, 90101 Oulu', pohjois-suomi.hao@oikeus.fi",
            "pohjois-pohjanmaa, kirjaamo@pohde.fi, Pohjois-Suomen hallinto-oikeus, 'PL 189, 90101 Oulu', pohjois-suomi.hao@oikeus.fi",
            "pohjois-karjala, kirjaamo@siunsote.fi, Itä-Suomen hallinto-oikeus, 'PL 1744, 70101 Kuopio', ita-suomi.hao@oikeus.fi"})
    void regionFileGivesTheAddressesOfTheRegistryOfficeAndTheCompetentCourt(
            String region, String registryEmail, String court, String courtPostalAddress, String courtEmail) {
        StandardEnvironment environment = regionFile(region, Map.of());
        RegionLetters letters = Binder.get(environment).bind("region.letters", RegionLetters.class).get();

        assertThat(environment.getProperty("region.administrative-court")).isEqualTo(court);
        assertThat(letters.rectification().email()).isEqualTo(registryEmail);
        assertThat(letters.rectification().postalAddress()).containsPattern("\\d{5} ").contains("kirjaamo");
        assertThat(letters.court().postalAddress()).isEqualTo(courtPostalAddress);
        assertThat(letters.court().email()).isEqualTo(courtEmail);
        assertThat(letters.interestMarginPoints()).isEqualByComparingTo("3");
        assertThat(letters.information().title()).isEqualTo("järjestöyhdyshenkilö");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"kainuu", "pohjois-pohjanmaa", "pohjois-karjala"})
    void thePersonGivingInformationComesFromTheEnvironmentAndIsRequired(String region) {
        RegionLetters unset = Binder.get(regionFile(region, Map.of())).bind("region.letters", RegionLetters.class).get();
        assertThatThrownBy(unset::requireComplete)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("region.letters.information.name")
                .hasMessageContaining("region.letters.information.phone")
                .hasMessageContaining("region.letters.information.email")
                .message().doesNotContain("rectification").doesNotContain("court");

        RegionLetters set = Binder.get(regionFile(region, Map.of(
                "GRANTS_LETTERS_INFORMATION_NAME", "Liisa Laaksonen",
                "GRANTS_LETTERS_INFORMATION_PHONE", "040 123 4567",
                "GRANTS_LETTERS_INFORMATION_EMAIL", "liisa.laaksonen@hyvinvointialue.example")))
                .bind("region.letters", RegionLetters.class).get();
        assertThat(set.requireComplete().information().name()).isEqualTo("Liisa Laaksonen");
    }

    @Test
    void aCountyMayChargeNoInterestBeforeTheDueDate() {
        RegionLetters letters = new RegionLetters(
                new RegionLetters.InformationContact("Liisa Laaksonen", "järjestöyhdyshenkilö", "040 123 4567", "l@example.fi"),
                new RegionLetters.Office("Kirjaamo, PL 1, 00100 Helsinki", "kirjaamo@example.fi"),
                new RegionLetters.Office("PL 1744, 70101 Kuopio", "ita-suomi.hao@oikeus.fi"),
                null);

        assertThat(letters.requireComplete().interestMarginPoints()).isNull();
    }

    @Test
    void missingAddressesAreNamed() {
        RegionLetters letters = new RegionLetters(
                new RegionLetters.InformationContact("Liisa Laaksonen", "järjestöyhdyshenkilö", "040 123 4567", "l@example.fi"),
                new RegionLetters.Office(" ", null), null, null);

        assertThatThrownBy(letters::requireComplete)
                .hasMessageContaining("region.letters.rectification.postal-address")
                .hasMessageContaining("region.letters.rectification.email")
                .hasMessageContaining("region.letters.court.postal-address")
                .hasMessageContaining("region.letters.court.email")
                .message().doesNotContain("region.letters.information");
    }

    /** The region file as the application reads it, every document of it, with the given environment variables. */
    private static StandardEnvironment regionFile(String region, Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new MapPropertySource("variables", variables));
        try {
            for (PropertySource<?> document : new YamlPropertySourceLoader()
                    .load(region, new ClassPathResource("regions/" + region + ".yml"))) {
                environment.getPropertySources().addLast(document);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return environment;
    }
}
