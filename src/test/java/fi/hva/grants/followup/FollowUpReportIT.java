package fi.hva.grants.followup;

import static fi.hva.grants.followup.FollowUpFixture.OPERATING_CALL;
import static fi.hva.grants.followup.FollowUpFixture.THEME_CALL;
import static fi.hva.grants.followup.FollowUpFixture.YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.hva.grants.call.GrantCall;
import fi.hva.grants.call.GrantCallRepository;
import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.followup.FollowUpReport.Breakdown;
import fi.hva.grants.followup.FollowUpReport.Durations;
import fi.hva.grants.followup.FollowUpReport.Municipality;
import fi.hva.grants.followup.FollowUpReport.Outcomes;
import fi.hva.grants.process.ProcessTest;
import fi.hva.grants.security.Groups;
import fi.hva.grants.security.TasklistSessions;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The yearly figures computed from a known year of applications (see {@link FollowUpFixture}). */
@ProcessTest
@Import(FollowUpFixture.class)
class FollowUpReportIT {

    static final MockHttpSession MANAGER = TasklistSessions.of("johanna", Groups.MANAGERS);

    @Autowired FollowUpFixture fixture;
    @Autowired FollowUpQueries queries;
    @Autowired FollowUpReports reports;
    @Autowired MockMvc mvc;
    @Autowired GrantCallRepository calls;

    @BeforeEach
    void knownYear() {
        fixture.ensureStored();
    }

    @Test
    void yearCountsOutcomesSumsAndDurations() {
        FollowUpReport report = reports.report(queries.parse(String.valueOf(YEAR), null));

        assertThat(report.outcomes()).isEqualTo(new Outcomes(6, 3, 1, 1, 1, new BigDecimal("25100.00"), new BigDecimal("15100.00")));
        assertThat(report.byGrantForm()).extracting(Breakdown::code, Breakdown::applications, Breakdown::granted,
                        Breakdown::requested, Breakdown::grantedSum)
                .containsExactly(tuple("OPERATING", 4L, 2L, new BigDecimal("22000.00"), new BigDecimal("13000.00")),
                        tuple("THEME", 2L, 1L, new BigDecimal("3100.00"), new BigDecimal("2100.00")),
                        tuple("PARTNERSHIP", 3L, 1L, new BigDecimal("45000.00"), new BigDecimal("25000.00")));
        assertThat(byCode(report.byContentArea())).containsEntry("EVERYDAY_FUNCTIONING", new BigDecimal("5000.00"))
                .containsEntry("MENTAL_HEALTH_SUBSTANCE_CRISIS", new BigDecimal("8000.00"))
                .containsEntry("WAR_VETERANS", new BigDecimal("2100.00"))
                .containsEntry("SAFETY_PREPAREDNESS", new BigDecimal("0.00"));
        assertThat(report.byContentArea()).filteredOn(b -> b.code().equals("EVERYDAY_FUNCTIONING"))
                .extracting(Breakdown::label, Breakdown::applications, Breakdown::granted)
                .containsExactly(tuple("Eri-ikäisten arjen ja toimintakyvyn tukeminen", 2L, 1L));
        assertThat(byCode(report.byHyteArea())).containsEntry("MENTAL_HEALTH_PROMOTION", new BigDecimal("8000.00"))
                .containsEntry("LONELINESS_PREVENTION", new BigDecimal("5000.00"))
                .containsEntry("FALL_PREVENTION", new BigDecimal("2100.00"));
        assertThat(report.submissionToDecision()).isEqualTo(new Durations(5, new BigDecimal("52.0"), new BigDecimal("59.0"), 38L, 60L));
        assertThat(report.decisionToPayment()).isEqualTo(new Durations(2, new BigDecimal("45.0"), new BigDecimal("45.0"), 30L, 60L));
    }

    @Test
    void eurosPerResidentByMunicipalityFromThePopulationTable() {
        FollowUpReport report = reports.report(queries.parse(String.valueOf(YEAR), null));

        assertThat(report.perMunicipality()).extracting(Municipality::name)
                .containsExactly("Hyrynsalmi", "Kajaani", "Kuhmo", "Paltamo", "Puolanka", "Ristijärvi", "Sotkamo", "Suomussalmi");
        assertThat(report.perMunicipality()).filteredOn(m -> List.of("Kajaani", "Sotkamo", "Hyrynsalmi", "Kuhmo").contains(m.name()))
                .extracting(Municipality::name, Municipality::residents, Municipality::grants, Municipality::grantedSum,
                        Municipality::eurosPerResident)
                .containsExactly(
                        tuple("Hyrynsalmi", 2100L, 1L, new BigDecimal("2100.00"), new BigDecimal("1.00")),
                        tuple("Kajaani", 36000L, 2L, new BigDecimal("33000.00"), new BigDecimal("0.92")),
                        tuple("Kuhmo", 8000L, 0L, new BigDecimal("0.00"), new BigDecimal("0.00")),
                        tuple("Sotkamo", 10300L, 1L, new BigDecimal("5000.00"), new BigDecimal("0.49")));
        assertThat(report.regionTotal()).isEqualTo(new Municipality("Kainuun hyvinvointialue", 70700L, 4,
                new BigDecimal("40100.00"), new BigDecimal("0.57")));
        assertThat(report.populationSource()).contains("Tilastokeskus", "11ra");
        assertThat(report.populationDate()).isEqualTo(LocalDate.of(2023, 12, 31));
    }

    @Test
    void oneCallOnly() {
        FollowUpReport report = reports.report(queries.parse(null, THEME_CALL));

        assertThat(report.year()).isEqualTo(YEAR);
        assertThat(report.callCode()).isEqualTo(THEME_CALL);
        assertThat(report.outcomes()).isEqualTo(new Outcomes(2, 1, 0, 0, 1, new BigDecimal("3100.00"), new BigDecimal("2100.00")));
        assertThat(report.byGrantForm()).extracting(Breakdown::code).doesNotContain("PARTNERSHIP");
        assertThat(report.regionTotal().grantedSum()).isEqualByComparingTo("2100");
        assertThat(report.submissionToDecision()).isEqualTo(new Durations(1, new BigDecimal("60.0"), new BigDecimal("60.0"), 60L, 60L));
        assertThat(report.decisionToPayment().count()).isZero();
    }

    @Test
    void withoutAYearTheLatestGrantYearIsShown() {
        int latest = calls.findAll().stream().mapToInt(GrantCall::getGrantYear).max().orElseThrow();

        assertThat(queries.parse(null, null).year()).isEqualTo(latest);
        assertThat(queries.parse(" ", OPERATING_CALL).year()).isEqualTo(YEAR);
    }

    @Test
    void badYearOrCallIsRefusedInFinnish() {
        assertThatThrownBy(() -> queries.parse("kaksi", null)).isInstanceOf(InvalidInputException.class)
                .hasMessage("Vuosi \"kaksi\" ei ole luku. Anna vuosi neljällä numerolla, esimerkiksi 2026.");
        assertThatThrownBy(() -> queries.parse("1999", null)).hasMessage("Vuosi 1999 ei kelpaa: anna vuosi väliltä 2000–2100.");
        assertThatThrownBy(() -> queries.parse(null, "XX-1")).hasMessage("Hakua XX-1 ei löydy. Valitse haku luettelosta.");
        assertThatThrownBy(() -> queries.parse("2020", OPERATING_CALL)).hasMessage("Haku TA-2019-FU kuuluu vuoteen 2019, ei vuoteen 2020.");
    }

    @Test
    void csvHoldsTheTablesWithDecimalCommas() throws Exception {
        byte[] body = mvc.perform(get("/managers/reports.csv").param("year", "2019").session(MANAGER))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(new String(body, 0, 3, StandardCharsets.UTF_8)).isEqualTo("\uFEFF");
        List<List<String>> rows;
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(body, 3, body.length - 3), StandardCharsets.UTF_8)) {
            rows = CSVFormat.EXCEL.builder().setDelimiter(';').get().parse(reader).getRecords().stream()
                    .map(CSVRecord::toList).toList();
        }
        assertThat(rows.get(0)).containsExactly("Hakemukset ja päätökset");
        assertThat(rows.get(1)).containsExactly("Vuosi", "Haku", "Saapuneet", "Myönteiset", "Kielteiset",
                "Tutkimatta jätetyt", "Ratkaisematta", "Haettu (€)", "Myönnetty (€)");
        assertThat(rows.get(2)).containsExactly("2019", "Kaikki haut", "6", "3", "1", "1", "1", "25100,00", "15100,00");
        assertThat(rows).contains(List.of("Kumppanuusavustus (sopimusvuodet; haettu = sovittu enimmäismäärä)", "3", "1",
                        "45000,00", "25000,00"),
                List.of("Kajaani", "36000", "2", "33000,00", "0,92"),
                List.of("Kainuun hyvinvointialue", "70700", "4", "40100,00", "0,57"),
                List.of("Hakemuksen saapumisesta päätökseen", "5", "52,0", "59,0", "38", "60"),
                List.of("Päätöksestä ensimmäiseen maksuun", "2", "45,0", "45,0", "30", "60"));
    }

    @Test
    void xlsxHasASheetPerTableWithNumbers() throws Exception {
        byte[] body = mvc.perform(get("/managers/reports.xlsx").param("year", "2019").param("call", OPERATING_CALL).session(MANAGER))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(body))) {
            List<String> sheets = workbook.getSheets().map(Sheet::getName).toList();
            assertThat(sheets).startsWith("Hakemukset ja päätökset", "Avustusmuodoittain", "Sisältöalueittain");
            List<Row> outcomes = workbook.getSheets().findFirst().orElseThrow().read();
            assertThat(outcomes.get(0).getCellText(2)).isEqualTo("Saapuneet");
            assertThat(outcomes.get(1).getCellText(1)).isEqualTo(OPERATING_CALL);
            assertThat(outcomes.get(1).getCellAsNumber(2).orElseThrow()).isEqualByComparingTo("4");
            assertThat(outcomes.get(1).getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("2");
            assertThat(outcomes.get(1).getCellAsNumber(8).orElseThrow()).isEqualByComparingTo("13000");
            Sheet municipalities = workbook.getSheets().filter(s -> s.getName().startsWith("Myönnetyt avustukset kunnittain"))
                    .findFirst().orElseThrow();
            Map<String, BigDecimal> perResident = municipalities.read().stream().skip(1)
                    .filter(row -> row.getCellAsNumber(4).isPresent())
                    .collect(Collectors.toMap(row -> row.getCellText(0), row -> row.getCellAsNumber(4).orElseThrow()));
            assertThat(perResident.get("Kajaani")).isEqualByComparingTo("0.22");
            assertThat(perResident.get("Sotkamo")).isEqualByComparingTo("0.49");
        }
    }

    @Test
    void pageShowsChartsAndTablesToManagersOnly() throws Exception {
        String page = mvc.perform(get("/managers/reports").param("year", "2019").session(MANAGER))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<svg", "Myönnetyt eurot asukasta kohden kunnittain", "id=\"perMunicipality\"",
                "Kainuun hyvinvointialue", "Tilastokeskus", "/managers/reports.xlsx?year=2019");

        mvc.perform(get("/managers/reports").session(TasklistSessions.of("liisa", Groups.LIAISON_OFFICERS))).andExpect(status().isForbidden());
        mvc.perform(get("/managers/reports.csv")).andExpect(status().isUnauthorized());
        mvc.perform(get("/managers/reports.xlsx").session(TasklistSessions.of("tapio", Groups.FINANCE))).andExpect(status().isForbidden());
    }

    @Test
    void badParametersGetAFinnishErrorAndNoReport() throws Exception {
        String page = mvc.perform(get("/managers/reports").param("year", "20x6").session(MANAGER))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Vuosi &quot;20x6&quot; ei ole luku.").doesNotContain("<svg");

        String csv = mvc.perform(get("/managers/reports.csv").param("call", "EI-OLE").session(MANAGER))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("Hakua EI-OLE ei löydy. Valitse haku luettelosta.");
    }

    private static Map<String, BigDecimal> byCode(List<Breakdown> rows) {
        return rows.stream().collect(Collectors.toMap(Breakdown::code, Breakdown::grantedSum));
    }
}
