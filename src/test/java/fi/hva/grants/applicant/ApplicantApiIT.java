package fi.hva.grants.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.hva.grants.call.GrantCall;
import fi.hva.grants.common.Now;
import fi.hva.grants.grant.ApplicationAttachmentRepository;
import fi.hva.grants.grant.ApplicationFormFields;
import fi.hva.grants.grant.ApplicationStatus;
import fi.hva.grants.grant.Channel;
import fi.hva.grants.grant.DecisionDispatch;
import fi.hva.grants.grant.GrantApplication;
import fi.hva.grants.grant.GrantApplicationRepository;
import fi.hva.grants.grant.InfoRequest;
import fi.hva.grants.grant.InfoRequestRepository;
import fi.hva.grants.grant.TestFiles;
import fi.hva.grants.notification.SentMailRepository;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ProcessKeys;
import fi.hva.grants.process.ProcessTest;
import fi.hva.grants.process.Variables;
import fi.hva.grants.report.Recovery;
import fi.hva.grants.report.RecoveryRepository;
import fi.hva.grants.report.UseReportRepository;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.web.context.WebApplicationContext;

/** Every endpoint of the applicant API: its success, its bad input, and that bad input creates nothing. */
@ProcessTest
class ApplicantApiIT {

    static final String BUSINESS_ID = "0201256-6";
    static final String EMAIL = "aino.virtanen@example.fi";
    static final String OTHER_BUSINESS_ID = "1572860-0";
    static final String OTHER_EMAIL = "toinen@example.fi";

    @Autowired WebApplicationContext context;
    @Autowired ObjectMapper objectMapper;
    @Autowired SentMailRepository mails;
    @Autowired ProcessFixtures fixtures;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired GrantApplicationRepository applications;
    @Autowired ApplicationAttachmentRepository attachments;
    @Autowired InfoRequestRepository infoRequests;
    @Autowired UseReportRepository useReports;
    @Autowired RecoveryRepository recoveries;
    @Autowired MagicLinkRepository magicLinks;
    @Autowired DecisionDispatch decisionDispatch;

    ApplicantApi api;
    GrantCall call;
    Set<String> instancesBefore;

    @BeforeEach
    void setUp() {
        api = new ApplicantApi(context, objectMapper, mails);
        call = fixtures.openCall();
        instancesBefore = applicationInstanceIds();
    }

    /** Other tests of this engine count the application instances; the ones started here end here. */
    @AfterEach
    void removeStartedInstances() {
        applicationInstanceIds().stream().filter(id -> !instancesBefore.contains(id))
                .forEach(id -> runtimeService.deleteProcessInstance(id, "test finished", true, true));
    }

    private Set<String> applicationInstanceIds() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.APPLICATION_PROCESS).list().stream()
                .map(ProcessInstance::getId).collect(Collectors.toSet());
    }

    static Map<String, Object> form(String callCode) {
        Map<String, Object> form = new HashMap<>(ProcessFixtures.application(callCode));
        form.remove(ApplicationFormFields.CHANNEL);
        return form;
    }

    // Sign-in

    @Test
    void signInMailsALinkThatWorksOnce() throws Exception {
        MockHttpServletResponse requested = api.requestLink(" 0201256-6 ", "Aino.Virtanen@Example.fi");
        assertThat(requested.getStatus()).isEqualTo(202);
        String token = api.mailedToken("aino.virtanen@example.fi");

        MockHttpServletResponse session = api.exchange(token);
        assertThat(session.getStatus()).isEqualTo(201);
        JsonNode signedIn = api.body(session);
        assertThat(signedIn.get("businessId").asText()).isEqualTo(BUSINESS_ID);
        assertThat(signedIn.get("email").asText()).isEqualTo(EMAIL);

        JsonNode me = api.body(api.read("Bearer " + signedIn.get("token").asText(), "/me"));
        assertThat(me.get("businessId").asText()).isEqualTo(BUSINESS_ID);

        MockHttpServletResponse again = api.exchange(token);
        assertThat(again.getStatus()).isEqualTo(400);
        assertThat(api.body(again).get("detail").asText()).contains("vanhentunut tai jo käytetty");
    }

    @Test
    void anExpiredLinkDoesNotSignIn() throws Exception {
        api.requestLink(BUSINESS_ID, EMAIL);
        String token = api.mailedToken(EMAIL);
        ClockUtil.setCurrentTime(Date.from(Now.instant().plus(Duration.ofMinutes(31))));

        assertThat(api.exchange(token).getStatus()).isEqualTo(400);
        assertThat(api.exchange("no-such-token").getStatus()).isEqualTo(400);
    }

    @Test
    void signInWithBadInputMailsNothing() throws Exception {
        long mailsBefore = mails.count();
        long linksBefore = magicLinks.count();

        MockHttpServletResponse response = api.requestLink("1234567-8", "ei-osoite");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem = api.body(response);
        assertThat(problem.get("title").asText()).isEqualTo("Tarkista tiedot");
        assertThat(problem.get("problems")).extracting(JsonNode::asText)
                .containsExactly("Tarkista Y-tunnus (muoto 1234567-8).", "Tarkista sähköpostiosoite.");
        assertThat(api.perform(post("/api/applicant/sign-in").contentType(MediaType.APPLICATION_JSON).content("{\"email\":")).getStatus())
                .isEqualTo(400);
        assertThat(mails.count()).isEqualTo(mailsBefore);
        assertThat(magicLinks.count()).isEqualTo(linksBefore);
    }

    @Test
    void withoutASessionTheApiAnswers401() throws Exception {
        MockHttpServletResponse response = api.perform(get("/api/applicant/applications"));
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
        assertThat(api.body(response).get("detail").asText()).isEqualTo("Kirjaudu sisään sähköpostiisi lähetetyllä linkillä.");
        assertThat(api.read("Bearer keksitty", "/me").getStatus()).isEqualTo(401);
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        String bearer = api.signIn(BUSINESS_ID, EMAIL);
        assertThat(api.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/applicant/sessions/current")
                .header(HttpHeaders.AUTHORIZATION, bearer)).getStatus()).isEqualTo(204);
        assertThat(api.read(bearer, "/me").getStatus()).isEqualTo(401);
    }

    // Calls and texts

    @Test
    void theCallPageShowsWhatIsPublishedOfTheCallWithoutSigningIn() throws Exception {
        JsonNode published = api.body(api.perform(get("/api/applicant/calls/" + call.getCode())));

        assertThat(published.get("criteria").findValuesAsText("name")).containsExactly("Kiinnittyminen tehtäviin", "Talousarvio");
        assertThat(published.get("criteria").findValues("weight")).extracting(JsonNode::asInt).containsExactly(60, 40);
        assertThat(published.get("maxGrantText").asText()).isEqualTo(fi.hva.grants.common.Messages.euros(new BigDecimal("20000")));
        assertThat(published.get("grantFormText").asText()).isEqualTo("Toiminta-avustus");
        assertThat(published.get("grantYear").asInt()).isEqualTo(call.getGrantYear());
        assertThat(published.get("opensAtText").asText()).isEqualTo(fi.hva.grants.common.Messages.DATE_TIME.format(call.getOpensAt()));
        assertThat(published.get("closesAtText").asText()).isEqualTo(fi.hva.grants.common.Messages.DATE_TIME.format(call.getClosesAt()));
        // Kainuu's region file: the instructions page of seed 000 and the registry office as the contact.
        assertThat(published.get("instructionsUrl").asText()).isEqualTo("https://hyvinvointialue.kainuu.fi/jarjestoyhteistyo");
        assertThat(published.get("contact").get("title").asText()).isEqualTo("Järjestöyhdyshenkilö");
        assertThat(published.get("contact").get("url").asText()).isEqualTo("https://hyvinvointialue.kainuu.fi/kirjaamo");
        JsonNode texts = api.body(api.perform(get("/api/applicant/texts")));
        assertThat(texts.get("page.call.criteria").asText()).isEqualTo("Arviointikriteerit ja niiden painoarvot");
        assertThat(texts.get("page.privacy.link").asText()).startsWith("Tietosuojaseloste");
    }

    @Test
    void anOpenCallAndItsFormAreReadableWithoutSigningIn() throws Exception {
        assertThat(api.body(api.perform(get("/api/applicant/calls"))).findValuesAsText("code")).contains(call.getCode());
        assertThat(api.body(api.perform(get("/api/applicant/calls/" + call.getCode()))).get("name").asText()).isEqualTo(call.getName());
        JsonNode form = api.body(api.perform(get("/api/applicant/calls/" + call.getCode().toLowerCase() + "/form")));
        assertThat(form.get("components").findValuesAsText("key")).contains(ApplicationFormFields.IBAN, ApplicationFormFields.BUSINESS_ID);
        assertThat(api.body(api.perform(get("/api/applicant/texts"))).get("page.title").asText()).contains("Järjestöavustukset");

        assertThat(api.body(api.perform(get("/api/applicant/calls/" + call.getCode()))).get("closesAtText").asText()).contains(" klo ");
        MockHttpServletResponse unknown = api.perform(get("/api/applicant/calls/EI-OLE/form"));
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(api.body(unknown).get("detail").asText()).isEqualTo("Hakua ei löydy tai se ei ole avoinna.");
    }

    @Test
    void theApiIsDescribedWithOpenApi() throws Exception {
        JsonNode openApi = api.body(api.perform(get("/v3/api-docs")));
        assertThat(openApi.get("paths").fieldNames()).toIterable().contains("/api/applicant/applications",
                "/api/applicant/applications/{number}/attachments", "/api/applicant/applications/{number}/info-reply",
                "/api/applicant/applications/{number}/decline", "/api/applicant/applications/{number}/use-report",
                "/api/applicant/applications/{number}/rectification-request", "/api/applicant/applications/{number}/hearing-response",
                "/api/applicant/sign-in", "/api/applicant/sessions")
                .allMatch(path -> path.startsWith("/api/applicant"));
    }

    // Submission

    @Test
    void submissionStartsTheApplicationProcessOnTheElectronicChannelOnce() throws Exception {
        String bearer = api.signIn(BUSINESS_ID, EMAIL);
        long before = applications.count();

        MockHttpServletResponse created = api.submit(bearer, "lomake-1", form(call.getCode()));
        MockHttpServletResponse retried = api.submit(bearer, "lomake-1", form(call.getCode()));

        assertThat(created.getStatus()).isEqualTo(201);
        String number = api.body(created).get("applicationNumber").asText();
        assertThat(created.getHeader(HttpHeaders.LOCATION)).isEqualTo("/api/applicant/applications/" + number);
        assertThat(retried.getStatus()).isEqualTo(200);
        assertThat(retried.getHeader(ApplicantApplicationController.REPLAYED)).isEqualTo("true");
        assertThat(api.body(retried).get("applicationNumber").asText()).isEqualTo(number);
        assertThat(applications.count()).isEqualTo(before + 1);
        GrantApplication application = applications.findByApplicationNumber(number).orElseThrow();
        assertThat(application.getChannel()).isEqualTo(Channel.ELECTRONIC);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
                .processDefinitionKey(ProcessKeys.APPLICATION_PROCESS).count()).isEqualTo(1);
    }

    @Test
    void theSameKeyWithOtherContentIsRefusedAndCreatesNothing() throws Exception {
        String bearer = api.signIn(BUSINESS_ID, EMAIL);
        Map<String, Object> first = form(call.getCode());
        assertThat(api.submit(bearer, "lomake-2", first).getStatus()).isEqualTo(201);
        long before = applications.count();
        Map<String, Object> other = form(call.getCode());
        other.put(ApplicationFormFields.ACTIVITY_NAME, "Aivan toinen toiminta");

        MockHttpServletResponse reused = api.submit(bearer, "lomake-2", other);

        assertThat(reused.getStatus()).isEqualTo(422);
        assertThat(api.body(reused).get("detail").asText()).startsWith("Tällä Idempotency-Key-avaimella on jo jätetty hakemus");
        assertThat(applications.count()).isEqualTo(before);
        // The same content in another key order and spacing is the same submission.
        String reordered = "{ " + api.toJson(new TreeMap<>(first)).substring(1);
        assertThat(api.submit(bearer, "lomake-2", reordered).getStatus()).isEqualTo(200);
    }

    @Test
    void aRetryWithoutAKeyIsRecognisedByItsContent() throws Exception {
        String bearer = api.signIn(BUSINESS_ID, EMAIL);
        long before = applications.count();
        String body = api.toJson(form(call.getCode()));

        assertThat(api.submit(bearer, null, body).getStatus()).isEqualTo(201);
        assertThat(api.submit(bearer, null, body).getStatus()).isEqualTo(200);

        assertThat(applications.count()).isEqualTo(before + 1);
    }

    @Test
    void invalidApplicationGetsEveryProblemInFinnishAndStartsNothing() throws Exception {
        String bearer = api.signIn(BUSINESS_ID, EMAIL);
        long applicationsBefore = applications.count();
        long instancesBefore = instances();
        Map<String, Object> form = form(call.getCode());
        form.put(ApplicationFormFields.IBAN, "FI00 1234");
        form.remove(ApplicationFormFields.ACTIVITY_NAME);

        MockHttpServletResponse response = api.submit(bearer, "virheellinen", form);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(api.body(response).get("problems")).extracting(JsonNode::asText)
                .contains("Toiminnan nimi on pakollinen tieto.", "Tilinumero FI00 1234 ei ole kelvollinen IBAN-tilinumero.");
        assertThat(applications.count()).isEqualTo(applicationsBefore);
        assertThat(instances()).isEqualTo(instancesBefore);
        form.put(ApplicationFormFields.IBAN, ProcessFixtures.VALID_IBAN);
        form.put(ApplicationFormFields.ACTIVITY_NAME, "Vertaistukiryhmät");
        assertThat(api.submit(bearer, "virheellinen", form).getStatus())
                .as("a failed submission does not use up its key").isEqualTo(201);
    }

    @Test
    void anApplicantAppliesOnlyInTheirOwnAssociationsName() throws Exception {
        String bearer = api.signIn(OTHER_BUSINESS_ID, OTHER_EMAIL);
        long before = applications.count();

        MockHttpServletResponse response = api.submit(bearer, "toisen-nimissa", form(call.getCode()));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(api.body(response).get("problems")).extracting(JsonNode::asText).contains(
                "Voit hakea vain sen yhdistyksen nimissä, jolla kirjauduit (Y-tunnus 1572860-0).",
                "Yhteyshenkilön sähköpostin pitää olla se, jolla kirjauduit (toinen@example.fi), jotta voit seurata hakemusta.");
        assertThat(applications.count()).isEqualTo(before);
    }

    @Test
    void malformedSubmissionsAreRefusedWithTheirOwnStatus() throws Exception {
        String bearer = api.signIn(BUSINESS_ID, EMAIL);
        long before = applications.count();
        Map<String, Object> wrongTypes = form(call.getCode());
        wrongTypes.put(ApplicationFormFields.REQUESTED_AMOUNT, Map.of("euroa", 1));
        wrongTypes.put(ApplicationFormFields.PARTNERSHIP_GRANT_DECLARED, "kyllä");

        assertThat(api.submit(bearer, "a", "{\"callCode\": ").getStatus()).isEqualTo(400);
        assertThat(api.submit(bearer, "b", "[1, 2]").getStatus()).isEqualTo(400);
        MockHttpServletResponse types = api.submit(bearer, "c", wrongTypes);
        assertThat(types.getStatus()).isEqualTo(400);
        assertThat(api.body(types).get("problems")).extracting(JsonNode::asText)
                .contains("Kentän \"Haettava summa\" arvo on väärää tyyppiä tai liian pitkä.");
        assertThat(api.perform(post("/api/applicant/applications").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.TEXT_PLAIN).content("callCode=TA")).getStatus()).isEqualTo(415);
        assertThat(api.submit(bearer, "d", "{\"activityDescription\": \"" + "x".repeat(70_000) + "\"}").getStatus()).isEqualTo(413);
        assertThat(api.submit(bearer, "avain välilyönnillä", form(call.getCode())).getStatus()).isEqualTo(400);
        assertThat(applications.count()).isEqualTo(before);
    }

    // Reading

    @Test
    void theApplicantFollowsTheirApplication() throws Exception {
        String bearer = api.signIn(BUSINESS_ID, EMAIL);
        String number = submitted(bearer);

        assertThat(api.body(api.read(bearer, "/applications")).findValuesAsText("applicationNumber")).contains(number);
        JsonNode read = api.body(api.read(bearer, "/applications/" + number));
        assertThat(read.get("statusText").asText()).isEqualTo("vastaanotettu");
        assertThat(read.get("attachments")).isEmpty();
        assertThat(read.get("letters")).isEmpty();
        assertThat(api.read(bearer, "/applications/TA-1900-0001").getStatus()).isEqualTo(404);
    }

    @Test
    void oneAssociationCannotReadOrAnswerForAnothersApplication() throws Exception {
        String owner = api.signIn(BUSINESS_ID, EMAIL);
        String number = submitted(owner);
        String other = api.signIn(OTHER_BUSINESS_ID, OTHER_EMAIL);
        String sameAssociationOtherPerson = api.signIn(BUSINESS_ID, "joku.muu@example.fi");

        for (String intruder : new String[] {other, sameAssociationOtherPerson}) {
            MockHttpServletResponse read = api.read(intruder, "/applications/" + number);
            assertThat(read.getStatus()).isEqualTo(404);
            assertThat(read.getContentAsString()).doesNotContain(EMAIL, "Vertaistukiryhmät");
            assertThat(api.body(api.read(intruder, "/applications")).findValuesAsText("applicationNumber")).doesNotContain(number);
            assertThat(api.perform(multipart("/api/applicant/applications/" + number + "/attachments")
                    .file(new MockMultipartFile("file", "budjetti.pdf", "application/pdf", TestFiles.pdf())).param("kind", "BUDGET")
                    .header(HttpHeaders.AUTHORIZATION, intruder)).getStatus()).isEqualTo(404);
            assertThat(api.reply(intruder, number, "info-reply", Map.of("answer", "Tässä")).getStatus()).isEqualTo(404);
            assertThat(api.reply(intruder, number, "decline", null).getStatus()).isEqualTo(404);
        }
        assertThat(attachments.countByApplicationId(applications.findByApplicationNumber(number).orElseThrow().getId())).isZero();
    }

    // Attachments

    @Test
    void attachmentsAreStoredAndLinkedInTheOfficersTaskForm() throws Exception {
        String bearer = api.signIn(BUSINESS_ID, EMAIL);
        String number = submitted(bearer);

        MockHttpServletResponse pdf = upload(bearer, number, "BUDGET", "talousarvio.pdf", TestFiles.pdf());
        upload(bearer, number, "FINANCIAL_STATEMENTS", "tilinpaatos.xlsx", TestFiles.xlsx());
        MockHttpServletResponse odt = upload(bearer, number, "ACTION_PLAN", "C:\\Asiakirjat\\suunnitelma", TestFiles.odt());
        upload(bearer, number, "ANNUAL_REPORT", "vuosikertomus.docx", TestFiles.docx());

        assertThat(pdf.getStatus()).isEqualTo(201);
        assertThat(api.body(pdf).get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(api.body(odt).get("fileName").asText()).isEqualTo("suunnitelma.odt");
        assertThat(api.body(api.read(bearer, "/applications/" + number)).get("attachments").findValuesAsText("kind"))
                .containsExactly("BUDGET", "FINANCIAL_STATEMENTS", "ACTION_PLAN", "ANNUAL_REPORT");
        fixtures.executeDueJobs();
        String summary = taskService.getVariableLocal(taskOf(number).getId(), Variables.CASE_SUMMARY).toString();
        assertThat(summary).contains("/attachments/" + api.body(pdf).get("id").asText(), "talousarvio.pdf", "Talousarvio",
                "/applications/" + applications.findByApplicationNumber(number).orElseThrow().getId() + "/attachments");
    }

    @Test
    void attachmentsAreCheckedByContentAndRefusedOnesStoreNothing() throws Exception {
        String bearer = api.signIn(BUSINESS_ID, EMAIL);
        String number = submitted(bearer);
        Long applicationId = applications.findByApplicationNumber(number).orElseThrow().getId();

        MockHttpServletResponse renamed = upload(bearer, number, "BUDGET", "talousarvio.pdf", TestFiles.text());
        assertThat(renamed.getStatus()).isEqualTo(400);
        assertThat(api.body(renamed).get("detail").asText()).contains("Tyyppi tunnistetaan tiedoston sisällöstä");
        assertThat(upload(bearer, number, "BUDGET", "ohjelma.docx", TestFiles.plainZip()).getStatus()).isEqualTo(400);
        assertThat(upload(bearer, number, "LASKU", "talousarvio.pdf", TestFiles.pdf()).getStatus()).isEqualTo(400);
        assertThat(upload(bearer, number, "BUDGET", "tyhja.pdf", new byte[0]).getStatus()).isEqualTo(400);
        MockHttpServletResponse huge = upload(bearer, number, "BUDGET", "iso.pdf", new byte[10 * 1024 * 1024 + 1]);
        assertThat(api.body(huge).get("detail").asText()).isEqualTo("Liite on liian suuri (enintään 10 Mt).");
        assertThat(api.perform(multipart("/api/applicant/applications/" + number + "/attachments").param("kind", "BUDGET")
                .header(HttpHeaders.AUTHORIZATION, bearer)).getStatus()).isEqualTo(400);
        assertThat(api.perform(post("/api/applicant/applications/" + number + "/attachments").contentType(MediaType.APPLICATION_JSON)
                .content("{}").header(HttpHeaders.AUTHORIZATION, bearer)).getStatus()).isEqualTo(400);
        assertThat(attachments.countByApplicationId(applicationId)).isZero();
    }

    @Test
    void uploadsAreParsedWithLimitsAndRefusedOnesStoreNothing() throws Exception {
        String bearer = api.signIn(BUSINESS_ID, EMAIL);
        String number = submitted(bearer);
        Long applicationId = applications.findByApplicationNumber(number).orElseThrow().getId();

        assertRefused(upload(bearer, number, "ANNUAL_REPORT", "vuosikertomus.docx", TestFiles.zipBombDocx()),
                "Liite on purettuna liian suuri (enintään 100 Mt).");
        assertRefused(upload(bearer, number, "BUDGET", "talousarvio.docx", TestFiles.contentTypesOnlyZip()),
                "Tiedosto ei ole kelvollinen Word- tai Excel-asiakirja");
        assertRefused(upload(bearer, number, "BUDGET", "talousarvio.docx", TestFiles.docxWithoutDocumentPart()),
                "Tiedosto ei ole kelvollinen Word- tai Excel-asiakirja");
        assertRefused(upload(bearer, number, "BUDGET", "talousarvio.pdf", TestFiles.pdfHtmlPolyglot()),
                "Liitteessä on verkkosivun (HTML) koodia.");
        assertRefused(upload(bearer, number, "BUDGET", "talousarvio.pdf", TestFiles.brokenPdf()), "PDF-tiedostoa ei voitu lukea");
        assertRefused(upload(bearer, number, "ACTION_PLAN", "suunnitelma.odt", TestFiles.odtWithoutContent()),
                "Tiedosto ei ole kelvollinen OpenDocument-tekstiasiakirja (ODT)");
        assertThat(attachments.countByApplicationId(applicationId)).isZero();

        Map<String, String> accepted = new TreeMap<>();
        accepted.put("talousarvio.pdf", api.body(upload(bearer, number, "BUDGET", "talousarvio.pdf", TestFiles.pdf())).get("contentType").asText());
        accepted.put("vuosikertomus.docx", api.body(upload(bearer, number, "ANNUAL_REPORT", "vuosikertomus.docx", TestFiles.docx()))
                .get("contentType").asText());
        accepted.put("tilinpaatos.xlsx", api.body(upload(bearer, number, "FINANCIAL_STATEMENTS", "tilinpaatos.xlsx", TestFiles.xlsx()))
                .get("contentType").asText());
        accepted.put("suunnitelma.odt", api.body(upload(bearer, number, "ACTION_PLAN", "suunnitelma.odt", TestFiles.odt()))
                .get("contentType").asText());
        assertThat(accepted).containsEntry("talousarvio.pdf", "application/pdf")
                .containsEntry("vuosikertomus.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .containsEntry("tilinpaatos.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .containsEntry("suunnitelma.odt", "application/vnd.oasis.opendocument.text");
        assertThat(attachments.countByApplicationId(applicationId)).isEqualTo(4);
    }

    @Test
    void uploadsToOneApplicationAreLimitedPerHourWhicheverSessionSendsThem() throws Exception {
        String first = api.signIn(BUSINESS_ID, EMAIL);
        String second = api.signIn(BUSINESS_ID, EMAIL);
        String number = submitted(first);
        String otherNumber = submitted(first);

        for (int i = 0; i < 20; i++) {
            assertThat(upload(i % 2 == 0 ? first : second, number, "OTHER", "muistio.pdf", TestFiles.text()).getStatus()).isEqualTo(400);
        }
        MockHttpServletResponse limited = upload(second, number, "BUDGET", "talousarvio.pdf", TestFiles.pdf());

        assertRateLimited(limited);
        assertThat(attachments.countByApplicationId(applications.findByApplicationNumber(number).orElseThrow().getId())).isZero();
        assertThat(upload(first, otherNumber, "BUDGET", "talousarvio.pdf", TestFiles.pdf()).getStatus()).isEqualTo(201);
    }

    @Test
    void uploadsOfOneSessionAreLimitedPerHour() throws Exception {
        String bearer = api.signIn(BUSINESS_ID, EMAIL);
        String number = submitted(bearer);
        String otherNumber = submitted(bearer);

        for (int i = 0; i < 30; i++) {
            assertThat(upload(bearer, i < 15 ? number : otherNumber, "OTHER", "muistio.pdf", TestFiles.text()).getStatus()).isEqualTo(400);
        }
        MockHttpServletResponse limited = upload(bearer, otherNumber, "BUDGET", "talousarvio.pdf", TestFiles.pdf());

        assertRateLimited(limited);
        assertThat(upload(api.signIn(BUSINESS_ID, EMAIL), otherNumber, "BUDGET", "talousarvio.pdf", TestFiles.pdf()).getStatus())
                .as("another session, and the application has room for 5 more uploads this hour").isEqualTo(201);
    }

    @Test
    void theAttachmentsOfOneApplicationHaveATotalSizeCap() throws Exception {
        String bearer = api.signIn(BUSINESS_ID, EMAIL);
        String number = submitted(bearer);
        Long applicationId = applications.findByApplicationNumber(number).orElseThrow().getId();
        byte[] tenMillionBytes = TestFiles.pdfOfSize(10_000_000);
        for (int i = 0; i < 5; i++) {
            assertThat(upload(bearer, number, "OTHER", "liite" + i + ".pdf", tenMillionBytes).getStatus()).isEqualTo(201);
        }

        MockHttpServletResponse full = upload(bearer, number, "OTHER", "liite5.pdf", TestFiles.pdfOfSize(3_000_000));

        assertThat(full.getStatus()).as(full.getContentAsString()).isEqualTo(413);
        assertThat(full.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(api.body(full).get("title").asText()).isEqualTo("Liitteille varattu tila on täynnä");
        assertThat(api.body(full).get("detail").asText()).startsWith(
                "Hakemuksen liitteiden yhteiskoko voi olla enintään 50 Mt, ja liitteitä on jo 47,7 Mt.");
        assertThat(attachments.countByApplicationId(applicationId)).isEqualTo(5);
        assertThat(upload(bearer, number, "BUDGET", "talousarvio.pdf", TestFiles.pdf()).getStatus()).as("a small one still fits")
                .isEqualTo(201);
    }

    @Test
    void anUploadWithoutAValidSessionIsRefusedBeforeItsBodyIsRead() throws Exception {
        String owner = api.signIn(BUSINESS_ID, EMAIL);
        String number = submitted(owner);
        String signedOut = api.signIn(BUSINESS_ID, EMAIL);
        assertThat(api.perform(delete("/api/applicant/sessions/current").header(HttpHeaders.AUTHORIZATION, signedOut)).getStatus())
                .isEqualTo(204);
        String path = "/api/applicant/applications/" + number + "/attachments";

        for (String authorization : new String[] {null, "Bearer ei-kelpaa", "Basic YWRtaW46ZGVtbw==", signedOut}) {
            MockHttpServletResponse refused = api.perform(post(path).with(BodyTrap.authorized(authorization)));
            assertThat(refused.getStatus()).as(authorization).isEqualTo(401);
            assertThat(refused.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(refused.getHeader(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
            assertThat(api.body(refused).get("detail").asText()).isEqualTo("Kirjaudu sisään sähköpostiisi lähetetyllä linkillä.");
        }
        ClockUtil.setCurrentTime(Date.from(Now.instant().plus(Duration.ofHours(9))));
        assertThat(api.perform(post(path).with(BodyTrap.authorized(owner))).getStatus()).as("expired session").isEqualTo(401);
        ClockUtil.reset();

        String other = api.signIn(OTHER_BUSINESS_ID, OTHER_EMAIL);
        assertThat(api.perform(post(path).with(BodyTrap.authorized(other))).getStatus())
                .as("a session of another association: not found, and its body is not read either").isEqualTo(404);
        assertThat(attachments.countByApplicationId(applications.findByApplicationNumber(number).orElseThrow().getId())).isZero();
    }

    // Replies

    @Test
    void theAnswerToAnInformationRequestReturnsTheApplicationToReview() throws Exception {
        ProcessInstance instance = started();
        String bearer = api.signIn(BUSINESS_ID, EMAIL);
        String number = instance.getBusinessKey();
        assertThat(api.reply(bearer, number, "info-reply", Map.of("answer", "Tässä")).getStatus())
                .as("nothing was asked yet").isEqualTo(400);
        fixtures.complete(fixtures.task(instance.getId()), "maija", Map.of("reviewOutcome", "NEEDS_INFO",
                "infoQuestion", "Toimittakaa talousarvio.", "infoDeadline", LocalDate.ofInstant(Now.instant(), Now.HELSINKI).plusDays(14).toString()));
        fixtures.executeDueJobs();

        MockHttpServletResponse empty = api.reply(bearer, number, "info-reply", Map.of("answer", "  "));
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(api.body(empty).get("detail").asText()).isEqualTo("Kirjoita vastaus täydennyspyyntöön.");
        assertThat(api.reply(bearer, number, "info-reply", Map.of("answer", Map.of("teksti", "Tässä"))).getStatus()).isEqualTo(400);
        GrantApplication waiting = applications.findByApplicationNumber(number).orElseThrow();
        assertThat(waiting.getStatus()).isEqualTo(ApplicationStatus.AWAITING_INFO);

        MockHttpServletResponse answered = api.reply(bearer, number, "info-reply", Map.of("answer", "Talousarvio on liitteenä."));

        assertThat(answered.getStatus()).isEqualTo(200);
        InfoRequest request = infoRequests.findByApplicationIdOrderByRequestedAt(waiting.getId()).get(0);
        assertThat(request.getStatus()).isEqualTo(InfoRequest.Status.ANSWERED);
        assertThat(applications.findById(waiting.getId()).orElseThrow().getStatus()).isEqualTo(ApplicationStatus.IN_REVIEW);
    }

    @Test
    void theAssociationDeclinesAGrantBeforePayout() throws Exception {
        ProcessInstance instance = started();
        String early = api.signIn(BUSINESS_ID, EMAIL);
        MockHttpServletResponse tooEarly = api.reply(early, instance.getBusinessKey(), "decline", null);
        assertThat(tooEarly.getStatus()).isEqualTo(400);
        assertThat(api.body(tooEarly).get("detail").asText()).contains("ei voi nyt luopua");
        decideAndPassRectification(instance, 9000);
        String bearer = api.signIn(BUSINESS_ID, EMAIL);

        MockHttpServletResponse declined = api.reply(bearer, instance.getBusinessKey(), "decline", null);

        assertThat(declined.getStatus()).isEqualTo(200);
        assertThat(api.body(declined).get("statusText").asText()).isEqualTo("avustuksesta luovuttu");
        assertThat(applications.findByApplicationNumber(instance.getBusinessKey()).orElseThrow().getGrantDeclinedAt()).isNotNull();
        assertThat(api.reply(bearer, instance.getBusinessKey(), "decline", null).getStatus()).isEqualTo(400);
    }

    @Test
    void theUseReportArrivesThroughTheApi() throws Exception {
        ProcessInstance instance = started();
        decideAndPassRectification(instance, 9000);
        fixtures.runPaymentBatch(Map.of());
        String bearer = api.signIn(BUSINESS_ID, EMAIL);
        String number = instance.getBusinessKey();
        long before = useReports.count();

        assertThat(api.reply(bearer, number, "use-report", Map.of("usedAmount", -1, "content", "Selvitys")).getStatus()).isEqualTo(400);
        assertThat(api.reply(bearer, number, "use-report", Map.of("usedAmount", 9001, "content", "Selvitys")).getStatus()).isEqualTo(400);
        assertThat(api.reply(bearer, number, "use-report", Map.of("usedAmount", "paljon", "content", "Selvitys")).getStatus()).isEqualTo(400);
        assertThat(api.reply(bearer, number, "use-report", Map.of("usedAmount", 9000, "content", " ")).getStatus()).isEqualTo(400);
        assertThat(useReports.count()).isEqualTo(before);

        MockHttpServletResponse reported = api.reply(bearer, number, "use-report",
                Map.of("usedAmount", new BigDecimal("8999.50"), "content", "Avustus käytettiin vertaistukiryhmiin."));

        assertThat(reported.getStatus()).isEqualTo(200);
        assertThat(useReports.count()).isEqualTo(before + 1);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.REPORT_PROCESS)
                .superProcessInstanceId(instance.getId()).singleResult()).isNotNull();
    }

    @Test
    void theAssociationRespondsToTheRecoveryHearingOnceWhileItWaits() throws Exception {
        ProcessInstance instance = started();
        decideAndPassRectification(instance, 9000);
        fixtures.runPaymentBatch(Map.of());
        String bearer = api.signIn(BUSINESS_ID, EMAIL);
        String number = instance.getBusinessKey();
        MockHttpServletResponse noHearing = api.reply(bearer, number, "hearing-response", Map.of("response", "Liian aikaisin."));
        assertRefused(noHearing, "Hakemuksen " + number + " takaisinperinnässä ei nyt odoteta vastinetta.");
        api.reply(bearer, number, "use-report", Map.of("usedAmount", 7000, "content", "2 000 € jäi käyttämättä."));
        ProcessInstance report = runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.REPORT_PROCESS)
                .superProcessInstanceId(instance.getId()).singleResult();
        fixtures.complete(fixtures.task(report.getId()), "liisa", Map.of("reportCheckOutcome", "RECOVERY",
                "reportCheckNotes", "2 000 € jäi käyttämättä.", "recoveryGrounds", "UNUSED", "proposedRecovery", 2000));
        fixtures.executeDueJobs();
        Long applicationId = applications.findByApplicationNumber(number).orElseThrow().getId();
        LocalDate deadline = recoveries.findFirstByApplicationIdOrderByIdDesc(applicationId).orElseThrow().getHearingDeadline();
        assertThat(api.body(api.read(bearer, "/applications/" + number)).get("hearingResponseDue").asText()).isEqualTo(deadline.toString());

        assertRefused(api.reply(bearer, number, "hearing-response", Map.of("response", "  ")), "Kirjoita vastine.");
        assertRefused(api.reply(bearer, number, "hearing-response", Map.of("response", "x".repeat(4001))), "Teksti on liian pitkä");
        assertThat(api.reply(bearer, number, "hearing-response", Map.of("response", Map.of("teksti", "Tässä"))).getStatus()).isEqualTo(400);
        assertThat(api.reply(api.signIn(OTHER_BUSINESS_ID, OTHER_EMAIL), number, "hearing-response",
                Map.of("response", "Vieras vastine.")).getStatus()).isEqualTo(404);
        assertThat(recoveries.findFirstByApplicationIdOrderByIdDesc(applicationId).orElseThrow().getResponse()).isNull();
        assertThat(runtimeService.createExecutionQuery().processInstanceId(report.getId()).activityId("hearingGateway").count()).isEqualTo(1);

        MockHttpServletResponse responded = api.reply(bearer, number, "hearing-response",
                Map.of("response", "Käyttämätön osa oli vain 1 200 euroa; tiliote liitteenä."));

        assertThat(responded.getStatus()).isEqualTo(200);
        assertThat(api.body(responded).get("hearingResponseDue").isNull()).isTrue();
        Recovery recovery = recoveries.findFirstByApplicationIdOrderByIdDesc(applicationId).orElseThrow();
        assertThat(recovery.getResponse()).isEqualTo("Käyttämätön osa oli vain 1 200 euroa; tiliote liitteenä.");
        assertThat(recovery.getResponseRecordedBy()).isNull();
        assertThat(taskService.createTaskQuery().processInstanceId(report.getId()).singleResult().getTaskDefinitionKey())
                .isEqualTo("decideRecovery");
        assertThat(api.body(api.reply(bearer, number, "hearing-response", Map.of("response", "Toinen vastine."))).get("detail").asText())
                .contains("on jo annettu vastine");
    }

    @Test
    void aRectificationRequestWakesTheDecisionProcess() throws Exception {
        ProcessInstance instance = started();
        String bearer = api.signIn(BUSINESS_ID, EMAIL);
        assertThat(api.reply(bearer, instance.getBusinessKey(), "rectification-request", Map.of("content", "Oikaiskaa."))
                .getStatus()).as("not decided yet").isEqualTo(400);
        fixtures.complete(fixtures.task(instance.getId()), "maija", ProcessFixtures.scoredReview(5000));
        fixtures.executeDueJobs();
        decisionDispatch.dispatch(applications.findByApplicationNumber(instance.getBusinessKey()).orElseThrow().getId());
        fixtures.executeDueJobs();

        assertThat(api.reply(bearer, instance.getBusinessKey(), "rectification-request", Map.of("content", "")).getStatus()).isEqualTo(400);
        assertThat(api.reply(bearer, instance.getBusinessKey(), "rectification-request", Map.of("content", "x".repeat(4001)))
                .getStatus()).isEqualTo(400);
        MockHttpServletResponse requested = api.reply(bearer, instance.getBusinessKey(), "rectification-request",
                Map.of("content", "Pyydämme koko haettua summaa."));

        assertThat(requested.getStatus()).isEqualTo(200);
        ProcessInstance decision = runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance.getId())
                .processDefinitionKey(ProcessKeys.DECISION_PROCESS).singleResult();
        assertThat(taskService.createTaskQuery().processInstanceId(decision.getId()).singleResult().getTaskDefinitionKey())
                .isEqualTo("recordRectificationDecision");

        JsonNode read = api.body(api.read(bearer, "/applications/" + instance.getBusinessKey()));
        JsonNode letter = read.get("letters").get(0);
        MockHttpServletResponse pdf = api.read(bearer, "/applications/" + instance.getBusinessKey() + "/letters/" + letter.get("id").asText());
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
        assertThat(read.get("messages")).isNotEmpty();
        assertThat(api.read(bearer, "/applications/" + instance.getBusinessKey() + "/letters/999999").getStatus()).isEqualTo(404);
        assertThat(api.read(bearer, "/applications/" + instance.getBusinessKey() + "/letters/kirje").getStatus()).isEqualTo(400);
        String other = api.signIn(OTHER_BUSINESS_ID, OTHER_EMAIL);
        assertThat(api.read(other, "/applications/" + instance.getBusinessKey() + "/letters/" + letter.get("id").asText()).getStatus())
                .isEqualTo(404);
    }

    private String submitted(String bearer) throws Exception {
        MockHttpServletResponse created = api.submit(bearer, java.util.UUID.randomUUID().toString(), form(call.getCode()));
        assertThat(created.getStatus()).isEqualTo(201);
        return api.body(created).get("applicationNumber").asText();
    }

    private ProcessInstance started() throws Exception {
        String number = submitted(api.signIn(BUSINESS_ID, EMAIL));
        fixtures.executeDueJobs();
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
                .processDefinitionKey(ProcessKeys.APPLICATION_PROCESS).singleResult();
    }

    private void decideAndPassRectification(ProcessInstance instance, int amount) {
        fixtures.complete(fixtures.task(instance.getId()), "maija", ProcessFixtures.scoredReview(amount));
        fixtures.executeDueJobs();
        decisionDispatch.dispatch(applications.findByApplicationNumber(instance.getBusinessKey()).orElseThrow().getId());
        fixtures.executeDueJobs();
        fixtures.passRectificationPeriod();
    }

    private MockHttpServletResponse upload(String bearer, String number, String kind, String name, byte[] content) throws Exception {
        return api.perform(multipart("/api/applicant/applications/" + number + "/attachments")
                .file(new MockMultipartFile("file", name, "application/octet-stream", content)).param("kind", kind)
                .header(HttpHeaders.AUTHORIZATION, bearer));
    }

    private void assertRefused(MockHttpServletResponse response, String detail) throws Exception {
        assertThat(response.getStatus()).as(detail).isEqualTo(400);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(api.body(response).get("detail").asText()).startsWith(detail);
    }

    private void assertRateLimited(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(response.getHeader(HttpHeaders.RETRY_AFTER))).isBetween(1L, 3600L);
        assertThat(api.body(response).get("detail").asText()).isEqualTo("Liian monta pyyntöä lyhyessä ajassa. Yritä hetken päästä uudelleen.");
    }

    private org.camunda.bpm.engine.task.Task taskOf(String number) {
        return taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult();
    }

    private long instances() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.APPLICATION_PROCESS).count();
    }
}
