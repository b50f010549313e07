package fi.hva.grants.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** Each region file's public information and privacy blocks bind, with what the seeds give (000 Kainuu, 002 Pohjois-Karjala). */
class RegionPublicationTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "kainuu, https://hyvinvointialue.kainuu.fi/jarjestoyhteistyo, Järjestöyhdyshenkilö, Kainuun hyvinvointialue (aluehallitus)",
            "pohjois-karjala, https://www.siunsote.fi/toiminta-avustukset, Järjestö- ja osallisuusasiantuntija, Pohjois-Karjalan hyvinvointialue (Siun sote)",
            "pohjois-pohjanmaa, -, Järjestöyhdyshenkilö, Pohjois-Pohjanmaan hyvinvointialue (aluehallitus)"})
    void theRegionFilePublishesInstructionsAContactAndTheController(String region, String instructions, String contactTitle,
                                                                    String controller) throws IOException {
        Binder binder = binder(region);

        PublicationProperties publication = binder.bindOrCreate("region.publication", PublicationProperties.class);
        PrivacyProperties privacy = binder.bindOrCreate("region.privacy", PrivacyProperties.class);

        assertThat(publication.instructionsUrl()).isEqualTo(instructions);
        assertThat(publication.contact().title()).isEqualTo(contactTitle);
        assertThat(privacy.controller()).startsWith(controller);
        assertThat(privacy.contact().title()).isNotBlank();
    }

    private static Binder binder(String region) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load(region, new ClassPathResource("regions/" + region + ".yml"))
                .forEach(environment.getPropertySources()::addLast);
        return new Binder(ConfigurationPropertySources.get(environment));
    }
}
