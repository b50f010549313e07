package fi.hva.grants.decision;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fi.hva.grants.call.GrantCall;
import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.common.Now;
import fi.hva.grants.deadline.Deadlines;
import fi.hva.grants.decision.letter.LetterKind;
import fi.hva.grants.grant.DecisionDispatch;
import fi.hva.grants.grant.DecisionOutcome;
import fi.hva.grants.grant.GrantApplication;
import fi.hva.grants.grant.GrantApplicationRepository;
import fi.hva.grants.notification.SentMail;
import fi.hva.grants.notification.SentMailRepository;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ProcessKeys;
import fi.hva.grants.process.ProcessTest;
import fi.hva.grants.process.Variables;
import fi.hva.grants.security.Groups;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ProcessTest
class DecisionProcessTest {

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired ProcessFixtures fixtures;
    @Autowired GrantApplicationRepository applications;
    @Autowired DecisionDispatch decisionDispatch;
    @Autowired DecisionLetterRepository letters;
    @Autowired SentMailRepository mails;
    @Autowired RectificationRequests rectifications;
    @Autowired RectificationRequestRepository rectificationRepository;
    @Autowired Deadlines deadlines;

    GrantCall call;

    @BeforeEach
    void setUp() {
        call = fixtures.openCall();
    }

    @Test
    void decisionIsSentWithItsLetterAndBecomesFinalWhenNoRequestComes() throws IOException {
        ProcessInstance application = decidedApplication(9000);
        ProcessInstance decision = decisionOf(application);

        assertThat(decision).isWaitingAt("rectificationGateway").hasPassed("createDecisionLetter", "sendDecisionLetter");
        GrantApplication sent = applicationOf(application);
        LocalDate today = LocalDate.ofInstant(Now.instant(), Now.HELSINKI);
        Assertions.assertThat(sent.getDeemedReceivedOn()).isEqualTo(today.plusDays(3));
        Assertions.assertThat(sent.getRectificationDeadline()).isAfterOrEqualTo(today.plusDays(17));
        Job timer = managementService.createJobQuery().processInstanceId(decision.getId()).timers().singleResult();
        Assertions.assertThat(timer.getDuedate().toInstant())
                .isEqualTo(sent.getRectificationDeadline().plusDays(1).atStartOfDay(Now.HELSINKI).toInstant());

        DecisionLetter letter = letters.findByApplicationIdOrderByCreatedAt(sent.getId()).get(0);
        Assertions.assertThat(letter.getKind()).isEqualTo(LetterKind.DECISION);
        Assertions.assertThat(text(letter.getContent())).contains(sent.getApplicationNumber(), "OIKAISUVAATIMUSOHJE", "14");
        // The person from the test profile (production: the environment), the registry office from regions/kainuu.yml.
        Assertions.assertThat(flatText(letter.getContent())).contains(
                "Lisätietoja päätöksestä antaa järjestöyhdyshenkilö Liisa Laaksonen, puhelin 040 123 4567",
                "Postiosoite: Kainuun hyvinvointialue, kirjaamo, PL 400, 87070 Kainuu", "Sähköposti: kirjaamo@kainuu.fi");
        List<SentMail> sentMail = mails.findByApplicationIdOrderBySentAt(sent.getId());
        Assertions.assertThat(sentMail).singleElement().satisfies(mail -> {
            Assertions.assertThat(mail.getRecipient()).isEqualTo("aino.virtanen@example.fi");
            Assertions.assertThat(mail.getSubject()).isEqualTo("Päätös avustushakemukseen " + sent.getApplicationNumber());
            Assertions.assertThat(mail.getAttachmentName()).isEqualTo(letter.getFileName());
        });

        ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plus(Duration.ofMinutes(1))));
        fixtures.executeDueJobs();

        // The applicant's period is over, but the members of the county have theirs from the minutes' publication.
        assertThat(decision).isWaitingAt("minutesWaitGateway").hasPassed("rectificationPeriodEnded").hasNotPassed("markDecisionFinal");
        fixtures.publishMinutesOfDecisionsSent();
        assertThat(decision).isWaitingAt("membersGateway").hasPassed("minutesPublished");
        LocalDate membersDeadline = deadlines.membersRectificationDeadline(LocalDate.ofInstant(Now.instant(), Now.HELSINKI));
        Job membersTimer = managementService.createJobQuery().processInstanceId(decision.getId()).timers().singleResult();
        Assertions.assertThat(membersTimer.getDuedate().toInstant())
                .isEqualTo(membersDeadline.plusDays(1).atStartOfDay(Now.HELSINKI).toInstant());
        ClockUtil.setCurrentTime(Date.from(membersTimer.getDuedate().toInstant().plus(Duration.ofMinutes(1))));
        fixtures.executeDueJobs();

        assertThat(decision).isEnded().hasPassed("membersPeriodEnded", "markDecisionFinal", "decisionFinal");
        assertThat(application).isWaitingAt("payGrant");
        Assertions.assertThat(applicationOf(application).getFinalOn()).isEqualTo(membersDeadline.plusDays(1));
    }

    @Test
    void requestInTimeGoesToTheDecisionBodyWhichMayAmendTheDecision() throws IOException {
        ProcessInstance application = decidedApplication(0);
        Assertions.assertThat(applicationOf(application).getDecisionOutcome()).isEqualTo(DecisionOutcome.DECLINED);
        ProcessInstance decision = decisionOf(application);

        rectifications.receive(application.getBusinessKey(), "Toimintamme kuuluu hyvinvointialueen tehtäviin.", Now.instant());

        assertThat(decision).isWaitingAt("recordRectificationDecision").task().hasCandidateGroup(Groups.BOARD_SECRETARIES);
        Assertions.assertThat(taskService.getVariableLocal(fixtures.task(decision.getId()).getId(), Variables.CASE_SUMMARY).toString())
                .contains("Toimintamme kuuluu hyvinvointialueen tehtäviin.", "odottaa käsittelyä", "/letters/");
        assertThatThrownBy(() -> fixtures.complete(fixtures.task(decision.getId()), "sanna", Map.of("rectificationOutcome", "AMENDED")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Anna muutetun päätöksen summa")
                .hasMessageContaining("Kirjoita päätöksen perustelut.");

        fixtures.complete(fixtures.task(decision.getId()), "sanna", Map.of("rectificationOutcome", "AMENDED",
                "rectificationAmount", 6000, "rectificationReasoning", "Toiminta täyttää kriteerit.",
                "rectificationReference", "Aluehallitus 3.4.2027 § 40", "rectificationDecidedOn", today()));
        fixtures.executeDueJobs();

        assertThat(decision).isWaitingAt("appealPeriodEnded").hasPassed("saveRectificationDecision", "createRectificationLetter",
                "sendRectificationLetter", "rectificationHandled");
        GrantApplication amended = applicationOf(application);
        Assertions.assertThat(amended.getDecisionOutcome()).isEqualTo(DecisionOutcome.PARTLY_GRANTED);
        Assertions.assertThat(amended.getDecidedAmount()).isEqualByComparingTo("6000");
        DecisionLetter rectificationLetter = letters.findByApplicationIdOrderByCreatedAt(amended.getId()).get(1);
        Assertions.assertThat(rectificationLetter.getKind()).isEqualTo(LetterKind.RECTIFICATION_DECISION);
        Assertions.assertThat(text(rectificationLetter.getContent())).contains("VALITUSOSOITUS", "Pohjois-Suomen hallinto-oikeus");
        Assertions.assertThat(flatText(rectificationLetter.getContent())).contains("aluevalituksella",
                "Postiosoite: PL 189, 90101 Oulu", "Sähköposti: pohjois-suomi.hao@oikeus.fi", "liisa.laaksonen@hyvinvointialue.example");
        Assertions.assertThat(mails.findByApplicationIdOrderBySentAt(amended.getId())).hasSize(2);
        RectificationRequest decided = rectificationRepository.findByApplicationIdOrderByReceivedAt(amended.getId()).get(0);
        Assertions.assertThat(decided.getStatus()).isEqualTo(RectificationRequest.Status.AMENDED);
        Assertions.assertThat(decided.getAppealDeadline()).isAfterOrEqualTo(LocalDate.ofInstant(Now.instant(), Now.HELSINKI).plusDays(33));

        fixtures.passRectificationPeriod();
        assertThat(decision).isEnded().hasPassed("appealPeriodEnded", "decisionFinal");
        assertThat(application).isWaitingAt("payGrant");
    }

    @Test
    void upheldDecisionKeepsItsOutcome() {
        ProcessInstance application = decidedApplication(0);
        ProcessInstance decision = decisionOf(application);
        rectifications.receive(application.getBusinessKey(), "Pyydämme uutta käsittelyä.", Now.instant());

        fixtures.complete(fixtures.task(decision.getId()), "sanna", Map.of("rectificationOutcome", "UPHELD",
                "rectificationReasoning", "Päätös perustuu hyväksyttyihin kriteereihin.",
                "rectificationReference", "Aluehallitus 3.4.2027 § 41", "rectificationDecidedOn", today()));
        fixtures.executeDueJobs();
        fixtures.passRectificationPeriod();

        assertThat(application).isEnded().hasPassed("grantDeclined");
        Assertions.assertThat(applicationOf(application).getDecisionOutcome()).isEqualTo(DecisionOutcome.DECLINED);
    }

    @Test
    void lateRequestIsRecordedAndNotExamined() {
        ProcessInstance application = decidedApplication(9000);
        fixtures.passRectificationPeriod();
        assertThat(application).isWaitingAt("payGrant");

        RectificationRequest late = rectifications.receive(application.getBusinessKey(), "Myöhästynyt vaatimus.", Now.instant());

        Assertions.assertThat(late.isInTime()).isFalse();
        Assertions.assertThat(late.getStatus()).isEqualTo(RectificationRequest.Status.NOT_EXAMINED);
        Assertions.assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.DECISION_PROCESS)
                .processInstanceBusinessKey(application.getBusinessKey()).count()).isZero();
    }

    @Test
    void requestWithoutContentOrForAnUndecidedApplicationIsRefused() {
        ProcessInstance application = runtimeService.startProcessInstanceByKey(ProcessKeys.APPLICATION_PROCESS,
                ProcessFixtures.application(call.getCode()));
        long before = rectificationRepository.count();

        assertThatThrownBy(() -> rectifications.receive(application.getBusinessKey(), " ", Now.instant()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Kirjoita oikaisuvaatimuksen sisältö ja perustelut.")
                .hasMessageContaining("ei ole vielä annettu päätöstä tiedoksi");
        assertThatThrownBy(() -> rectifications.receive("TA-1999-0001", "x", Now.instant()))
                .hasMessage("Hakemusta TA-1999-0001 ei löydy.");
        Assertions.assertThat(rectificationRepository.count()).isEqualTo(before);
    }

    private ProcessInstance decidedApplication(int proposedAmount) {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(ProcessKeys.APPLICATION_PROCESS,
                ProcessFixtures.application(call.getCode()));
        fixtures.executeDueJobs();
        fixtures.complete(fixtures.task(instance.getId()), "maija", ProcessFixtures.scoredReview(proposedAmount));
        fixtures.executeDueJobs();
        decisionDispatch.dispatch(applicationOf(instance).getId());
        fixtures.executeDueJobs();
        assertThat(instance).isWaitingAt("noticeDecision");
        return instance;
    }

    private ProcessInstance decisionOf(ProcessInstance application) {
        return runtimeService.createProcessInstanceQuery().superProcessInstanceId(application.getId())
                .processDefinitionKey(ProcessKeys.DECISION_PROCESS).singleResult();
    }

    private GrantApplication applicationOf(ProcessInstance instance) {
        return applications.findByApplicationNumber(instance.getBusinessKey()).orElseThrow();
    }

    private static String today() {
        return LocalDate.ofInstant(Now.instant(), Now.HELSINKI).toString();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The text with line breaks and no-break spaces as plain spaces, for sentences that may wrap. */
    private static String flatText(byte[] pdf) throws IOException {
        return text(pdf).replace('\u00A0', ' ').replaceAll("\\s+", " ");
    }
}
