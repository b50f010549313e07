package fi.hva.grants.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fi.hva.grants.association.Association;
import fi.hva.grants.association.AssociationRepository;
import fi.hva.grants.call.CallDetails;
import fi.hva.grants.call.GrantCall;
import fi.hva.grants.call.GrantCallRepository;
import fi.hva.grants.common.GrantType;
import fi.hva.grants.common.Now;
import fi.hva.grants.grant.ApplicationDetails;
import fi.hva.grants.grant.Channel;
import fi.hva.grants.grant.GrantApplication;
import fi.hva.grants.grant.GrantApplicationRepository;
import fi.hva.grants.process.ProcessTest;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The public list of grants per year (seed 002): only final decisions that gave money, and nobody's personal data. */
@ProcessTest
class PublishedGrantsIT {

    static final int YEAR = 2017;
    static final String CALL = "TA-2017-PUB";
    static final String CONTACT_NAME = "Salla Salainen";
    static final String CONTACT_EMAIL = "salla.salainen@example.fi";
    static final String CONTACT_PHONE = "040 765 4321";
    static final String IBAN = "FI21 1234 5600 0007 85";

    @Autowired MockMvc mvc;
    @Autowired GrantCallRepository calls;
    @Autowired AssociationRepository associations;
    @Autowired GrantApplicationRepository applications;

    @BeforeEach
    synchronized void knownYear() {
        if (calls.existsByCode(CALL)) {
            return;
        }
        GrantCall call = new GrantCall(CALL, GrantType.OPERATING, YEAR);
        call.describe(new CallDetails("Julkaisun testihaku", new BigDecimal("100000"), new BigDecimal("20000"),
                noon(LocalDate.of(2016, 11, 1)), noon(LocalDate.of(2016, 12, 1)), LocalDate.of(2018, 3, 31), 1,
                List.of(), List.of(), List.of()));
        call.recordBoardDecision("Aluehallitus § 9", LocalDate.of(2017, 1, 20));
        calls.save(call);
        application(1, call, "Perhekerho <b>Ilo</b> ry", "Vertaisryhmät", "8000", true, false);
        application(2, call, "=HYPERLINK(\"http://example.com\") ry", "+Kerho", "2500.50", true, false);
        application(3, call, "Kielletty Kerho ry", "Ei myönnetty", "0", true, false);
        application(4, call, "Keskeneräinen Kerho ry", "Oikaisuaika kesken", "5000", false, false);
        application(5, call, "Kieltäytynyt Kerho ry", "Avustuksesta kieltäydytty", "3000", true, true);
    }

    @Test
    void theYearsPageListsFinalGrantsWithoutPersonalDataOrNonFinalDecisions() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/avustukset/" + YEAR)).andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(200);
        String html = page.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Myönnetyt järjestöavustukset 2017", "Vertaisryhmät", "Toiminta-avustus", "+Kerho", "/avustukset/2017.csv")
                .contains("Perhekerho &lt;b&gt;Ilo&lt;/b&gt; ry").doesNotContain("<b>Ilo</b>")
                .doesNotContain("Kielletty Kerho", "Keskeneräinen Kerho", "Kieltäytynyt Kerho")
                .doesNotContain(CONTACT_NAME, CONTACT_EMAIL, CONTACT_PHONE, IBAN, "FI2112345600000785");
        assertThat(mvc.perform(get("/avustukset")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("/avustukset/2017");
    }

    @Test
    void theCsvHasAssociationActivityFormAndAmountAndNoFormulas() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/avustukset/" + YEAR + ".csv")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain(CONTACT_NAME, CONTACT_EMAIL, CONTACT_PHONE, IBAN, "FI2112345600000785",
                "Kielletty Kerho", "Keskeneräinen Kerho", "Kieltäytynyt Kerho");
        List<CSVRecord> rows = CSVFormat.EXCEL.builder().setDelimiter(';').get().parse(new StringReader(body.substring(1))).getRecords();
        assertThat(rows.get(0).values()).containsExactly("Yhdistys", "Avustettava toiminta", "Avustusmuoto", "Myönnetty avustus");
        assertThat(rows.subList(1, rows.size())).extracting(CSVRecord::values).containsExactlyInAnyOrder(
                new String[] {"Perhekerho <b>Ilo</b> ry", "Vertaisryhmät", "Toiminta-avustus", "8000,00"},
                new String[] {"'=HYPERLINK(\"http://example.com\") ry", "'+Kerho", "Toiminta-avustus", "2500,50"});
    }

    @Test
    void aBadYearIsRefusedInFinnishAndNothingIsWritable() throws Exception {
        MockHttpServletResponse bad = mvc.perform(get("/avustukset/kaikki")).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString(StandardCharsets.UTF_8)).contains("Avustusvuosi &quot;kaikki&quot; ei kelpaa");
        assertThat(mvc.perform(post("/avustukset/" + YEAR)).andReturn().getResponse().getStatus()).isEqualTo(405);
        assertThat(mvc.perform(get("/avustukset/2016")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Avustusvuodelta 2016 ei ole lainvoimaisia myönteisiä avustuspäätöksiä.");
    }

    private void application(int number, GrantCall call, String name, String activity, String amount, boolean isFinal,
                             boolean declined) {
        String businessId = "91000" + number + "0-" + number;
        Association association = associations.save(new Association(businessId, name, "Kajaani", "yhdistys@example.fi", IBAN));
        ApplicationDetails form = new ApplicationDetails(CALL, businessId, name, "Kajaani", CONTACT_NAME, CONTACT_EMAIL,
                CONTACT_PHONE, IBAN, activity, "Kuvaus", "PEER_SUPPORT", "WORKING_AGE", "EVERYDAY_FUNCTIONING",
                "PARTICIPATION", new BigDecimal("10000"), false, false, true, null, LocalDate.of(2016, 11, 20), false);
        GrantApplication application = new GrantApplication("TA-2017-PUB" + number, call, association, form, Channel.ELECTRONIC,
                noon(LocalDate.of(2016, 11, 20)));
        application.decide(new BigDecimal(amount), "Perustelu");
        if (isFinal) {
            application.markFinal(LocalDate.of(2017, 2, 20));
        }
        if (declined) {
            application.declineGrant(noon(LocalDate.of(2017, 2, 10)));
        }
        applications.save(application);
    }

    private static java.time.Instant noon(LocalDate day) {
        return day.atTime(LocalTime.NOON).atZone(Now.HELSINKI).toInstant();
    }
}
