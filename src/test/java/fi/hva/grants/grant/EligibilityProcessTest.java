package fi.hva.grants.grant;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fi.hva.grants.call.GrantCall;
import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.decision.DecisionLetter;
import fi.hva.grants.decision.DecisionLetterRepository;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ProcessKeys;
import fi.hva.grants.process.ProcessTest;
import fi.hva.grants.process.ScriptedCompanyRegister;
import fi.hva.grants.process.Variables;
import fi.hva.grants.register.RegisterEntry;
import fi.hva.grants.register.RegisterStanding;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Arvioi hakukelpoisuus" (application-eligibility.dmn) in the application process of the tests' region, Kainuu: an
 * applicant whose own declarations rule it out is not reviewed and is decided "ei myönnetä" with the table's reason; one
 * from outside the region whose activity is wholly for the region is reviewed; one the register contradicts is reviewed
 * with the reason as a flag.
 */
@ProcessTest
class EligibilityProcessTest {

    private static final String OUTSIDE_REASON = "Yhdistyksen kotipaikka ei ole hyvinvointialueen kunnissa";

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired ProcessFixtures fixtures;
    @Autowired GrantApplicationRepository applications;
    @Autowired DecisionDispatch decisionDispatch;
    @Autowired DecisionLetterRepository letters;
    @Autowired DecisionProposal proposal;

    GrantCall call;

    @BeforeEach
    void setUp() {
        call = fixtures.openCall();
    }

    @Test
    void applicantDeclaringItIsNotNonProfitIsNotReviewedAndIsDecidedNotGrantedWithTheReason() throws IOException {
        Map<String, Object> form = declared("YES", "NO", null, null);

        ProcessInstance instance = start(form);

        assertThat(instance).isWaitingAt("awaitBoardDecision").hasPassed("assessEligibility", "recordEligibility", "reportReviewed")
                .hasNotPassed("routeReview", "reviewApplication");
        GrantApplication application = applicationOf(instance);
        Assertions.assertThat(application.getEligibility()).isEqualTo(Eligibility.INELIGIBLE);
        Assertions.assertThat(application.getEligibilityReason()).contains("ettei se ole yleishyödyllinen yhteisö");
        Assertions.assertThat(application.getStatus()).isEqualTo(ApplicationStatus.REVIEWED);
        Assertions.assertThat(application.getProposedAmount()).isEqualByComparingTo(BigDecimal.ZERO);
        Assertions.assertThat(runtimeService.getVariables(instance.getId())).doesNotContainKey(Variables.ELIGIBILITY_REASON);

        decisionDispatch.dispatch(application.getId());
        fixtures.executeDueJobs();
        fixtures.passRectificationPeriod();

        assertThat(instance).isEnded().hasPassed("noticeDecision", "grantDeclined").hasNotPassed("payGrant");
        GrantApplication decided = applicationOf(instance);
        Assertions.assertThat(decided.getDecisionOutcome()).isEqualTo(DecisionOutcome.DECLINED);
        Assertions.assertThat(decided.getDecidedAmount()).isEqualByComparingTo(BigDecimal.ZERO);
        Assertions.assertThat(decided.getDecisionReasoning()).isEqualTo(application.getEligibilityReason());
        DecisionLetter letter = letters.findByApplicationIdOrderByCreatedAt(decided.getId()).get(0);
        Assertions.assertThat(text(letter.getContent()).replaceAll("\\s+", " "))
                .contains("Avustushakemus hylätään", "ettei se ole yleishyödyllinen yhteisö");
    }

    @Test
    void neitherTheLiaisonOfficerNorTheBoardCanGiveAnIneligibleApplicantAGrant() {
        ProcessInstance instance = start(declared("YES", "NO", null, null));
        GrantApplication application = applicationOf(instance);

        assertThatThrownBy(() -> proposal.amend(call.getId(), List.of(new ProposalChange(application.getApplicationNumber(),
                new BigDecimal("5000"), "Toiminta on tärkeää."))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ei voi esittää avustusta, koska hakija ei ole hakukelpoinen")
                .hasMessageContaining("ettei se ole yleishyödyllinen yhteisö");
        Assertions.assertThat(applicationOf(instance).getProposedAmount()).isEqualByComparingTo(BigDecimal.ZERO);
        Assertions.assertThat(proposal.amend(call.getId(), List.of(new ProposalChange(application.getApplicationNumber(),
                BigDecimal.ZERO, "Ei hakukelpoinen.")))).hasSize(1);
    }

    @Test
    void associationFromOutsideTheRegionWithoutActivityWhollyForItIsIneligible() {
        Map<String, Object> form = declared("YES", "YES", "NO", "YES");
        form.put(ApplicationFormFields.MUNICIPALITY, "Oulu");

        ProcessInstance instance = start(form);

        assertThat(instance).isWaitingAt("awaitBoardDecision").hasNotPassed("reviewApplication");
        Assertions.assertThat(applicationOf(instance).getEligibilityReason()).startsWith(OUTSIDE_REASON);
    }

    @Test
    void associationFromOutsideTheRegionWhoseActivityIsWhollyForItAndSeparateIsReviewed() {
        Map<String, Object> form = declared("YES", "YES", "YES", "YES");
        form.put(ApplicationFormFields.MUNICIPALITY, "Oulu");

        ProcessInstance instance = start(form);

        assertThat(instance).isWaitingAt("reviewApplication").hasPassed("assessEligibility", "routeReview");
        Assertions.assertThat(applicationOf(instance).getEligibility()).isEqualTo(Eligibility.ELIGIBLE);
        Assertions.assertThat(reviewSummary(instance)).contains("Hakijan ilmoitukset: rekisteröity yhdistys kyllä; "
                + "yleishyödyllinen kyllä; toiminta kokonaan alueen asukkaille kyllä; erillään kirjanpidossa kyllä");
    }

    @Test
    void registerContradictingTheDeclarationsSendsTheApplicationToReviewWithTheReasonAsAFlag() {
        ScriptedCompanyRegister.answer(new RegisterEntry("0201256-6", "Kajaanin Mielenterveysyhdistys ry", "Kajaani",
                "Aatteellinen yhdistys", RegisterStanding.DISSOLVED, LocalDate.of(2025, 6, 30)));

        ProcessInstance instance = start(declared("YES", "YES", null, null));

        assertThat(instance).isWaitingAt("reviewApplication");
        Assertions.assertThat(applicationOf(instance).getEligibility()).isEqualTo(Eligibility.CHECK);
        Assertions.assertThat(reviewSummary(instance)).contains("Hakukelpoisuus on tarkistettava: PRH:n rekisterin mukaan hakija "
                + "ei ole toimiva rekisteröity yhdistys");
    }

    private static Map<String, Object> declared(String registered, String nonProfit, String wholly, String separate) {
        Map<String, Object> form = ProcessFixtures.application("");
        form.put(ApplicationFormFields.REGISTERED_ASSOCIATION, registered);
        form.put(ApplicationFormFields.NON_PROFIT, nonProfit);
        if (wholly != null) {
            form.put(ApplicationFormFields.ACTIVITY_WHOLLY_FOR_REGION, wholly);
        }
        if (separate != null) {
            form.put(ApplicationFormFields.SEPARATE_BOOKKEEPING, separate);
        }
        return form;
    }

    private ProcessInstance start(Map<String, Object> form) {
        form.put(ApplicationFormFields.CALL_CODE, call.getCode());
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(ProcessKeys.APPLICATION_PROCESS, form);
        fixtures.executeDueJobs();
        return instance;
    }

    private String reviewSummary(ProcessInstance instance) {
        return taskService.getVariableLocal(fixtures.task(instance.getId()).getId(), Variables.CASE_SUMMARY).toString();
    }

    private GrantApplication applicationOf(ProcessInstance instance) {
        Object id = historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(Variables.APPLICATION_ID).singleResult().getValue();
        return applications.findById(((Number) id).longValue()).orElseThrow();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
