package fi.hva.grants.applicant;

import static fi.hva.grants.partnership.PartnershipDriver.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.hva.grants.notification.SentMailRepository;
import fi.hva.grants.partnership.CountyBudgetRepository;
import fi.hva.grants.partnership.PartnershipDriver;
import fi.hva.grants.partnership.PartnershipYear;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ProcessTest;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;

/**
 * The association's partnership agreements in the e-service: the reports the agreement awaits, and
 * sending one. Each agreement here runs two years; the first is paid and awaits its annual report,
 * the second still awaits the county budget.
 */
@ProcessTest
class ApplicantPartnershipApiIT {

    static final String BUSINESS_ID = "0201256-6";
    static final String EMAIL = "kumppanuus@example.fi";

    @Autowired WebApplicationContext context;
    @Autowired ObjectMapper objectMapper;
    @Autowired SentMailRepository mails;
    @Autowired PartnershipDriver driver;
    @Autowired ProcessFixtures fixtures;
    @Autowired RuntimeService runtimeService;
    @Autowired CountyBudgetRepository budgets;

    ApplicantApi api;
    int year;
    ProcessInstance agreement;
    String number;

    @BeforeEach
    void agreementAwaitingItsFirstAnnualReport() {
        api = new ApplicantApi(context, objectMapper, mails);
        // A budget is recorded once per year; earlier tests of this engine may have recorded this one.
        budgets.deleteAll();
        year = today().getYear();
        driver.approveBudget(year);
        Map<String, Object> initiative = new HashMap<>(PartnershipDriver.initiative(year, year + 1));
        initiative.put("contactEmail", "Kumppanuus@Example.fi");
        agreement = driver.signedAgreement(initiative);
        number = agreement.getBusinessKey();
        driver.confirmYear(agreement, year, 32000);
        fixtures.executeDueJobs();
        fixtures.runPaymentBatch(Map.of());
        assertThat(waitingAt("awaitAnnualReport")).isEqualTo(1);
    }

    @Test
    void theOwnerSeesTheAgreementAndTheAnnualReportItAwaits() throws Exception {
        String bearer = api.signIn(" 0201256-6 ", EMAIL);

        MockHttpServletResponse response = api.read(bearer, "/partnerships");

        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode partnership = find(api.body(response), number);
        assertThat(partnership.get("projectName").asText()).isEqualTo("Mielen hyvinvoinnin kumppanuushanke");
        assertThat(partnership.get("status").asText()).isEqualTo("IN_FORCE");
        assertThat(partnership.get("statusText").asText()).isEqualTo("Voimassa");
        assertThat(partnership.get("firstYear").asInt()).isEqualTo(year);
        assertThat(partnership.get("lastYear").asInt()).isEqualTo(year + 1);
        JsonNode first = partnership.get("years").get(0);
        assertThat(first.get("year").asInt()).isEqualTo(year);
        assertThat(first.get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(first.get("statusText").asText()).isEqualTo("vahvistettu");
        assertThat(first.get("confirmedAmount").decimalValue()).isEqualByComparingTo("32000");
        assertThat(first.get("reportReceivedAt").isNull()).isTrue();
        assertThat(first.get("reportAccepted").isNull()).isTrue();
        assertThat(partnership.get("years").get(1).get("status").asText()).isEqualTo("AWAITING_BUDGET");
        assertThat(partnership.get("awaitedReports")).hasSize(1);
        assertThat(partnership.get("awaitedReports").get(0).get("year").asInt()).isEqualTo(year);
        assertThat(partnership.get("awaitedReports").get(0).get("text").asText()).isEqualTo("vuoden " + year + " vuosiraportti");

        assertThat(api.perform(get("/api/applicant/partnerships")).getStatus()).isEqualTo(401);
    }

    @Test
    void theOwnerSendsTheAnnualReportAndTheAgreementGoesOnToItsCheck() throws Exception {
        String bearer = api.signIn(BUSINESS_ID, EMAIL);

        MockHttpServletResponse response = send(bearer, number.toLowerCase(), Map.of("year", year,
                "content", "  Tukea sai 240 asukasta; kriisipuhelin aloitti.  "));

        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode view = api.body(response);
        assertThat(view.get("partnershipNumber").asText()).isEqualTo(number);
        assertThat(view.get("years").get(0).get("status").asText()).isEqualTo("REPORTED");
        assertThat(view.get("years").get(0).get("reportReceivedAt").isNull()).isFalse();
        assertThat(view.get("awaitedReports")).isEmpty();
        PartnershipYear reported = driver.year(number, year);
        assertThat(reported.getStatus()).isEqualTo(PartnershipYear.Status.REPORTED);
        assertThat(reported.getReport()).isEqualTo("Tukea sai 240 asukasta; kriisipuhelin aloitti.");
        assertThat(reported.getReportReceivedAt()).isNotNull();
        assertThat(waitingAt("awaitAnnualReport")).isZero();
        assertThat(waitingAt("checkAnnualReport")).isEqualTo(1);
    }

    @Test
    void anotherAssociationOrContactPersonGetsNotFoundAndNothingIsStored() throws Exception {
        String otherAssociation = api.signIn("1572860-0", EMAIL);
        String otherContact = api.signIn(BUSINESS_ID, "toinen@example.fi");

        for (String bearer : new String[] {otherAssociation, otherContact}) {
            MockHttpServletResponse response = send(bearer, number, Map.of("year", year, "content", "Vieras raportti."));
            assertThat(response.getStatus()).isEqualTo(404);
            assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(api.body(response).get("title").asText()).isEqualTo("Ei löydy");
            assertThat(api.body(response).get("detail").asText())
                    .isEqualTo("Kumppanuussopimusta ei löydy yhdistyksesi kumppanuussopimuksista.");
            assertThat(api.body(api.read(bearer, "/partnerships")).findValuesAsText("partnershipNumber")).doesNotContain(number);
        }
        assertThat(send(otherContact, "KA-1999-9999", Map.of("year", 1999, "content", "Ei ole.")).getStatus()).isEqualTo(404);

        assertNothingStored();
    }

    @Test
    void anEmptyReportIsRefusedInFinnishAndNothingIsStored() throws Exception {
        String bearer = api.signIn(BUSINESS_ID, EMAIL);

        MockHttpServletResponse response = send(bearer, number, Map.of("year", year, "content", "   "));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(api.body(response).get("title").asText()).isEqualTo("Tarkista tiedot");
        assertThat(api.body(response).get("detail").asText()).isEqualTo("Raportti on pakollinen ja enintään 4000 merkkiä.");
        assertNothingStored();
    }

    @Test
    void aReportTheAgreementIsNotWaitingForIsRefusedAndNothingIsStored() throws Exception {
        String bearer = api.signIn(BUSINESS_ID, EMAIL);

        MockHttpServletResponse nextYear = send(bearer, number, Map.of("year", year + 1, "content", "Liian aikaisin."));
        MockHttpServletResponse finalReport = send(bearer, number, Map.of("content", "Loppuraportti liian aikaisin."));

        assertThat(nextYear.getStatus()).isEqualTo(400);
        assertThat(api.body(nextYear).get("detail").asText()).isEqualTo("Kumppanuus " + number + " ei odota raporttia: " + (year + 1) + ".");
        assertThat(finalReport.getStatus()).isEqualTo(400);
        assertThat(api.body(finalReport).get("detail").asText()).isEqualTo("Kumppanuus " + number + " ei odota raporttia: loppuraportti.");
        // The year exists, so the refused report was written to it before the correlation failed and rolled back.
        PartnershipYear next = driver.year(number, year + 1);
        assertThat(next.getStatus()).isEqualTo(PartnershipYear.Status.AWAITING_BUDGET);
        assertThat(next.getReport()).isNull();
        assertThat(next.getReportReceivedAt()).isNull();
        assertThat(driver.partnership(number).getFinalReport()).isNull();
        assertThat(driver.partnership(number).getFinalReportReceivedAt()).isNull();
        assertNothingStored();
    }

    @Test
    void aConfirmedYearCancelledByEarlyTerminationIsShownCancelledNotConfirmed() throws Exception {
        driver.approveBudget(year + 1);
        driver.confirmYear(agreement, year + 1, 30000);
        fixtures.executeDueJobs();
        driver.notice(Map.of("noticeKind", "TERMINATION", "partnershipNumber", number, "terminationReason", "EXTERNAL_FUNDING_ENDED",
                "decidedOn", today().toString(), "noticeNotes", "STEA lopetti hankkeen rahoituksen."));
        fixtures.executeDueJobs();
        String bearer = api.signIn(BUSINESS_ID, EMAIL);

        JsonNode partnership = find(api.body(api.read(bearer, "/partnerships")), number);

        assertThat(partnership.get("status").asText()).isEqualTo("TERMINATED");
        // The first year was paid before the termination and stays confirmed; the second's instalment was cancelled.
        JsonNode paid = partnership.get("years").get(0);
        assertThat(paid.get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(paid.get("statusText").asText()).isEqualTo("vahvistettu");
        JsonNode cancelled = partnership.get("years").get(1);
        assertThat(cancelled.get("year").asInt()).isEqualTo(year + 1);
        assertThat(cancelled.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("statusText").asText()).isEqualTo("peruttu");
        assertThat(driver.year(number, year + 1).getStatus()).isEqualTo(PartnershipYear.Status.CANCELLED);
    }

    @Test
    void theReportEndpointsAreDescribedWithOpenApi() throws Exception {
        JsonNode openApi = api.body(api.perform(get("/v3/api-docs")));

        assertThat(openApi.get("paths").fieldNames()).toIterable()
                .contains("/api/applicant/partnerships", "/api/applicant/partnerships/{number}/reports");
    }

    private MockHttpServletResponse send(String bearer, String partnershipNumber, Map<String, Object> body) throws Exception {
        return api.perform(post("/api/applicant/partnerships/" + partnershipNumber + "/reports")
                .header(HttpHeaders.AUTHORIZATION, bearer).contentType(MediaType.APPLICATION_JSON).content(api.toJson(body)));
    }

    private void assertNothingStored() {
        PartnershipYear first = driver.year(number, year);
        assertThat(first.getStatus()).isEqualTo(PartnershipYear.Status.CONFIRMED);
        assertThat(first.getReport()).isNull();
        assertThat(first.getReportReceivedAt()).isNull();
        assertThat(waitingAt("awaitAnnualReport")).isEqualTo(1);
        assertThat(waitingAt("checkAnnualReport")).isZero();
    }

    private long waitingAt(String activityId) {
        return runtimeService.createExecutionQuery().processInstanceId(agreement.getId()).activityId(activityId).count();
    }

    private static JsonNode find(JsonNode partnerships, String number) {
        return StreamSupport.stream(partnerships.spliterator(), false)
                .filter(p -> p.get("partnershipNumber").asText().equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError(number + " not listed in " + partnerships));
    }
}
