package fi.hva.grants.applicant;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.hva.grants.association.Association;
import fi.hva.grants.association.AssociationRepository;
import fi.hva.grants.call.GrantCall;
import fi.hva.grants.common.MarkdownDocument;
import fi.hva.grants.decision.DecisionLetter;
import fi.hva.grants.decision.DecisionLetterRepository;
import fi.hva.grants.followup.FollowUpQuery;
import fi.hva.grants.followup.FollowUpReport;
import fi.hva.grants.followup.FollowUpReports;
import fi.hva.grants.grant.ApplicationFormFields;
import fi.hva.grants.grant.CaseSummary;
import fi.hva.grants.grant.DecisionDispatch;
import fi.hva.grants.grant.GrantApplication;
import fi.hva.grants.grant.GrantApplicationRepository;
import fi.hva.grants.notification.SentMail;
import fi.hva.grants.notification.SentMailRepository;
import fi.hva.grants.payment.Payment;
import fi.hva.grants.payment.PaymentRepository;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ProcessKeys;
import fi.hva.grants.process.ProcessTest;
import fi.hva.grants.process.Variables;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 12, point 6: anyone who controls an e-mail address can apply under a business id. Such an
 * application keeps its own details and is flagged; the register and the earlier cases stay as they were.
 */
@ProcessTest
class AssociationRegisterIT {

    /** A business id of its own, so that this test's first application creates the register entry. */
    private static final String BUSINESS_ID = "5678912-7";
    private static final String OWNER = "puheenjohtaja@omaishoitajat.example";
    private static final String NAME = "Sotkamon Omaishoitajat ry";
    private static final String IBAN = "FI2112345600000785";
    private static final String INTRUDER = "huijari@example.com";
    private static final String OTHER_NAME = "Huijausyhdistys ry";
    private static final String OTHER_IBAN = "FI1410093000123458";

    @Autowired WebApplicationContext context;
    @Autowired ObjectMapper objectMapper;
    @Autowired SentMailRepository mails;
    @Autowired ProcessFixtures fixtures;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired GrantApplicationRepository applications;
    @Autowired AssociationRepository associations;
    @Autowired CaseSummary caseSummary;
    @Autowired DecisionDispatch decisionDispatch;
    @Autowired DecisionLetterRepository letters;
    @Autowired PaymentRepository payments;
    @Autowired FollowUpReports followUp;

    Set<String> instancesBefore;
    final List<String> submitted = new java.util.ArrayList<>();

    @BeforeEach
    void recordInstances() {
        instancesBefore = applicationInstanceIds();
    }

    /** Other tests of this engine count the application instances; the ones started here end here. */
    @AfterEach
    void removeStartedInstances() {
        // A payment left ready would go into another test's payment batch.
        submitted.stream().flatMap(number -> payments.findByCaseNumberOrderByInstalment(number).stream())
                .filter(payment -> payment.getStatus() != Payment.Status.CANCELLED)
                .forEach(payment -> {
                    payment.cancel();
                    payments.save(payment);
                });
        applicationInstanceIds().stream().filter(id -> !instancesBefore.contains(id))
                .forEach(id -> runtimeService.deleteProcessInstance(id, "test finished", true, true));
    }

    private Set<String> applicationInstanceIds() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.APPLICATION_PROCESS).list().stream()
                .map(ProcessInstance::getId).collect(Collectors.toSet());
    }

    @Test
    void anApplicationUnderAKnownBusinessIdChangesNothingInEarlierCasesAndIsFlagged() throws Exception {
        ApplicantApi api = new ApplicantApi(context, objectMapper, mails);
        GrantCall call = fixtures.openCall();
        String owner = api.signIn(BUSINESS_ID, OWNER);
        GrantApplication earlier = submit(api, owner, form(call, NAME, "Sotkamo", OWNER, IBAN));
        fixtures.executeDueJobs();

        String intruder = api.signIn(BUSINESS_ID, INTRUDER);
        GrantApplication later = submit(api, intruder, form(call, OTHER_NAME, "Kuhmo", INTRUDER, OTHER_IBAN));
        fixtures.executeDueJobs();

        Association register = associations.findByBusinessId(BUSINESS_ID).orElseThrow();
        assertThat(List.of(register.getName(), register.getMunicipality(), register.getEmail())).containsExactly(NAME, "Sotkamo", OWNER);
        String earlierSummary = MarkdownDocument.parse(caseSummary.of(earlier.getId())).text();
        assertThat(earlierSummary).contains("Yhdistys: " + NAME + " (" + BUSINESS_ID + "), Sotkamo", OWNER, IBAN)
                .doesNotContain(OTHER_NAME, "Kuhmo", INTRUDER, OTHER_IBAN, "poikkeavat rekisteristä");
        String laterSummary = MarkdownDocument.parse(taskService.getVariableLocal(
                fixtures.task(later.getProcessInstanceId()).getId(), Variables.CASE_SUMMARY).toString()).text();
        assertThat(laterSummary).contains("Yhdistys: " + OTHER_NAME + " (" + BUSINESS_ID + "), Kuhmo",
                "Hakemuksen tiedot poikkeavat rekisteristä: nimi rekisterissä " + NAME + ", hakemuksessa " + OTHER_NAME
                        + "; kotipaikka rekisterissä Sotkamo, hakemuksessa Kuhmo; sähköposti rekisterissä " + OWNER
                        + ", hakemuksessa " + INTRUDER + "; tilinumero rekisterissä " + IBAN + ", hakemuksessa " + OTHER_IBAN + ".");

        // Each contact person follows the applications they made, and only those.
        assertThat(numbers(api, owner)).containsExactly(earlier.getApplicationNumber());
        assertThat(numbers(api, intruder)).containsExactly(later.getApplicationNumber());
        assertThat(api.read(intruder, "/applications/" + earlier.getApplicationNumber()).getStatus()).isEqualTo(404);
        assertThat(api.read(owner, "/applications/" + earlier.getApplicationNumber()).getContentAsString()).doesNotContain(INTRUDER);

        // The earlier case is decided after the other application arrived: its letter, mail and payment are its own.
        fixtures.complete(fixtures.task(earlier.getProcessInstanceId()), "maija", ProcessFixtures.scoredReview(5000));
        fixtures.executeDueJobs();
        decisionDispatch.dispatch(earlier.getId());
        fixtures.executeDueJobs();
        DecisionLetter letter = letters.findByApplicationIdOrderByCreatedAt(earlier.getId()).get(0);
        assertThat(text(letter.getContent())).contains(NAME).doesNotContain(OTHER_NAME);
        SentMail mail = mails.findByApplicationIdOrderBySentAt(earlier.getId()).get(0);
        assertThat(mail.getRecipient()).isEqualTo(OWNER);
        assertThat(mail.getBody()).contains(NAME).doesNotContain(OTHER_NAME);
        fixtures.passRectificationPeriod();
        Payment payment = payments.findByCaseNumberOrderByInstalment(earlier.getApplicationNumber()).get(0);
        assertThat(List.of(payment.getPayeeName(), payment.getIban())).containsExactly(NAME, IBAN);
        FollowUpReport report = followUp.report(new FollowUpQuery(call.getGrantYear(), call));
        assertThat(report.perMunicipality()).filteredOn(m -> m.grants() > 0).extracting(FollowUpReport.Municipality::name)
                .containsExactly("Sotkamo");
    }

    private static Map<String, Object> form(GrantCall call, String name, String municipality, String email, String iban) {
        Map<String, Object> form = ApplicantApiIT.form(call.getCode());
        form.put(ApplicationFormFields.BUSINESS_ID, BUSINESS_ID);
        form.put(ApplicationFormFields.ASSOCIATION_NAME, name);
        form.put(ApplicationFormFields.MUNICIPALITY, municipality);
        form.put(ApplicationFormFields.CONTACT_EMAIL, email);
        form.put(ApplicationFormFields.IBAN, iban);
        return form;
    }

    private GrantApplication submit(ApplicantApi api, String bearer, Map<String, Object> form) throws Exception {
        MockHttpServletResponse created = api.submit(bearer, java.util.UUID.randomUUID().toString(), form);
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        submitted.add(api.body(created).get("applicationNumber").asText());
        return applications.findByApplicationNumber(api.body(created).get("applicationNumber").asText()).orElseThrow();
    }

    private static List<String> numbers(ApplicantApi api, String bearer) throws Exception {
        return api.body(api.read(bearer, "/applications")).findValuesAsText("applicationNumber");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
