package fi.hva.grants.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hva.grants.region.RegionProperties;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.Yaml;

/** The shipped population tables cover their regions; a table that does not stops the start. */
class PopulationTableTest {

    @ParameterizedTest
    @ValueSource(strings = {"kainuu", "pohjois-karjala", "pohjois-pohjanmaa"})
    void shippedTableHasEveryMunicipalityOfTheRegionAndItsSource(String region) throws IOException {
        List<String> municipalities = municipalitiesOf(region);

        PopulationTable table = new PopulationTable(
                new FollowUpProperties(new ClassPathResource("regions/population-" + region + ".csv")), region(municipalities));

        assertThat(municipalities).allSatisfy(m -> assertThat(table.residents(m)).hasValueSatisfying(n -> assertThat(n).isPositive()));
        assertThat(table.source()).startsWith("Tilastokeskus");
        assertThat(table.referenceDate()).isBetween(LocalDate.of(2023, 12, 31), LocalDate.of(2025, 12, 31));
    }

    /** The checked table adds up to the region's total published with it, so no figure was mistyped. */
    @Test
    void pohjoisKarjalaTableAddsUpToThePublishedRegionalTotal() throws IOException {
        List<String> municipalities = municipalitiesOf("pohjois-karjala");
        PopulationTable table = new PopulationTable(
                new FollowUpProperties(new ClassPathResource("regions/population-pohjois-karjala.csv")), region(municipalities));

        assertThat(municipalities.stream().mapToLong(m -> table.residents(m).orElseThrow()).sum()).isEqualTo(162_091);
        assertThat(table.referenceDate()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(table.residents("Nurmes")).as("Nurmes with Valtimo, merged in 2020").contains(8_980L);
    }

    @Test
    void missingMunicipalityStopsTheStart() {
        var file = csv("# source: Tilastokeskus\n# reference-date: 2023-12-31\nmunicipality;population\nKajaani;36000\n");

        assertThatThrownBy(() -> new PopulationTable(new FollowUpProperties(file), region(List.of("Kajaani", "Kuhmo"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("[Kuhmo]");
    }

    @Test
    void tableWithoutItsSourceIsRefused() {
        var file = csv("municipality;population\nKajaani;36000\n");

        assertThatThrownBy(() -> new PopulationTable(new FollowUpProperties(file), region(List.of("Kajaani"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("source");
    }

    private static ByteArrayResource csv(String text) {
        return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8));
    }

    private static RegionProperties region(List<String> municipalities) {
        return new RegionProperties("test", "Testialue", null, null, List.of(), List.of(), List.of(), municipalities, List.of(), null, null);
    }

    @SuppressWarnings("unchecked")
    private static List<String> municipalitiesOf(String region) throws IOException {
        try (InputStream in = new ClassPathResource("regions/" + region + ".yml").getInputStream()) {
            // A region file may hold several YAML documents (the letters' settings are one of their own).
            for (Object document : new Yaml().loadAll(in)) {
                Object settings = ((Map<String, Object>) document).get("region");
                if (settings instanceof Map<?, ?> values && values.containsKey("municipalities")) {
                    return (List<String>) values.get("municipalities");
                }
            }
            throw new IllegalStateException("regions/" + region + ".yml names no municipalities");
        }
    }
}
