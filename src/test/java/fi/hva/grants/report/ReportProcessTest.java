package fi.hva.grants.report;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fi.hva.grants.applicant.Applicant;
import fi.hva.grants.applicant.ApplicantReplies;
import fi.hva.grants.association.AssociationRepository;
import fi.hva.grants.call.GrantCall;
import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.common.Markdown;
import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import fi.hva.grants.deadline.Deadlines;
import fi.hva.grants.decision.DecisionLetter;
import fi.hva.grants.decision.DecisionLetters;
import fi.hva.grants.decision.RectificationRequest;
import fi.hva.grants.decision.RectificationRequestRepository;
import fi.hva.grants.decision.RectificationTarget;
import fi.hva.grants.decision.RequestOrigin;
import fi.hva.grants.decision.letter.LetterKind;
import fi.hva.grants.grant.ApplicationFormFields;
import fi.hva.grants.grant.DecisionDispatch;
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
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ProcessTest
class ReportProcessTest {

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ProcessFixtures fixtures;
    @Autowired GrantApplicationRepository applications;
    @Autowired DecisionDispatch decisionDispatch;
    @Autowired UseReports useReports;
    @Autowired Recoveries recoveries;
    @Autowired RecoveryRepository recoveryRepository;
    @Autowired SentMailRepository mails;
    @Autowired DecisionLetters decisionLetters;
    @Autowired ApplicantReplies applicantReplies;
    @Autowired RecoveryRectifications recoveryRectifications;
    @Autowired Messages messages;
    @Autowired RectificationRequestRepository grantRectifications;
    @Autowired FormService formService;
    @Autowired RepositoryService repositoryService;
    @Autowired HistoryService historyService;
    @Autowired Deadlines deadlines;

    static final Applicant OWNER = new Applicant("0201256-6", "aino.virtanen@example.fi");

    /** An association with no other grants in the suite, so its report obligation depends on this test alone. */
    static final String OWN_ASSOCIATION = "2876543-5";

    @Autowired AssociationRepository associations;
    GrantCall call;

    @BeforeEach
    void setUp() {
        call = fixtures.openCall();
    }

    @Test
    void remindersGoOutAndAnAcceptedReportClosesTheCase() {
        ProcessInstance application = paidGrant(9000, OWN_ASSOCIATION);
        ProcessInstance report = reportOf(application);
        assertThat(report).isWaitingAt("awaitReport").hasPassed("openReportObligation");
        Assertions.assertThat(associations.findByBusinessId(OWN_ASSOCIATION).orElseThrow().isPreviousReportPending()).isTrue();
        int mailsBefore = mailsOf(application).size();

        moveClockTo(call.getReportDeadline().minusDays(30));
        moveClockTo(call.getReportDeadline().minusDays(7));
        assertThat(report).hasPassed("sendMonthReminder", "sendWeekReminder").isWaitingAt("awaitReport");
        List<SentMail> reminders = mailsOf(application).subList(mailsBefore, mailsOf(application).size());
        Assertions.assertThat(reminders).hasSize(2).allSatisfy(mail ->
                Assertions.assertThat(mail.getSubject()).startsWith("Muistutus: käyttöselvitys"));

        useReports.receive(application.getBusinessKey(), new BigDecimal("9000"), "Avustus käytettiin vertaistukiryhmiin.", Now.instant());
        assertThat(report).isWaitingAt("checkReport").task().hasCandidateGroup(Groups.LIAISON_OFFICERS);
        assertThatThrownBy(() -> fixtures.complete(fixtures.task(report.getId()), "liisa", Map.of("reportCheckOutcome", "NEEDS_INFO")))
                .isInstanceOf(InvalidInputException.class).hasMessage("Kirjoita perustelu tai pyydettävät tiedot.");

        fixtures.complete(fixtures.task(report.getId()), "liisa", Map.of("reportCheckOutcome", "ACCEPTED"));

        assertThat(report).isEnded().hasPassed("reportAccepted");
        assertThat(application).isEnded().hasPassed("followUpReport", "grantAwarded");
        GrantApplication closed = applicationOf(application);
        Assertions.assertThat(associations.findByBusinessId(OWN_ASSOCIATION).orElseThrow().isPreviousReportPending()).isFalse();
        Assertions.assertThat(closed.getClosedOn()).isEqualTo(LocalDate.ofInstant(Now.instant(), Now.HELSINKI));
    }

    @Test
    void unusedMoneyIsRecoveredAfterTheHearingAndAnOverdueRepaymentGoesToFinance() {
        ProcessInstance application = paidGrant(9000);
        ProcessInstance report = reportOf(application);
        useReports.receive(application.getBusinessKey(), new BigDecimal("7000"), "Osa ryhmistä peruttiin.", Now.instant());
        fixtures.complete(fixtures.task(report.getId()), "liisa",
                Map.of("reportCheckOutcome", "NEEDS_INFO", "reportCheckNotes", "Toimittakaa tiliote käyttämättömästä osasta."));
        assertThat(report).isWaitingAt("awaitMoreInfo");
        Assertions.assertThat(mailsOf(application)).extracting(SentMail::getSubject).anyMatch(s -> s.startsWith("Lisäselvityspyyntö"));

        useReports.receive(application.getBusinessKey(), new BigDecimal("7000"), "Tiliote liitteenä; 2 000 € jäi käyttämättä.", Now.instant());
        fixtures.complete(fixtures.task(report.getId()), "liisa", Map.of("reportCheckOutcome", "RECOVERY",
                "reportCheckNotes", "2 000 € jäi käyttämättä.", "recoveryGrounds", "UNUSED", "proposedRecovery", 2000));
        fixtures.executeDueJobs();
        assertThat(report).isWaitingAt("hearingGateway").hasPassed("recoveryMerge", "sendHearing");
        Recovery recovery = recoveryOf(application);
        Assertions.assertThat(recovery.getGrounds()).isEqualTo(Recovery.Grounds.UNUSED);
        Assertions.assertThat(recovery.getHearingDeadline()).isAfterOrEqualTo(LocalDate.ofInstant(Now.instant(), Now.HELSINKI).plusDays(14));
        // The 14 days run from the deemed receipt of the hearing mail (the third day), not from the day it was sent.
        Assertions.assertThat(recovery.getHearingDeadline()).isEqualTo(deadlines.lastDayOf(
                LocalDate.ofInstant(recovery.getHearingSentAt(), Now.HELSINKI).plusDays(3), java.time.Period.ofDays(14)));

        recoveries.respond(application.getBusinessKey(), "Yhdistys hyväksyy takaisinmaksun.");
        assertThat(report).isWaitingAt("decideRecovery").task().hasCandidateGroup(Groups.BOARD_SECRETARIES);
        String today = LocalDate.ofInstant(Now.instant(), Now.HELSINKI).toString();
        assertThatThrownBy(() -> fixtures.complete(fixtures.task(report.getId()), "sanna", Map.of("recoveryAmount", 2000,
                "recoveryReasoning", "Käyttämättä.", "recoveryReference", "§ 50", "recoveryDecidedOn", today)))
                .hasMessage("Anna eräpäivä, joka on tulevaisuudessa.");
        LocalDate due = LocalDate.ofInstant(Now.instant(), Now.HELSINKI).plusDays(30);
        fixtures.complete(fixtures.task(report.getId()), "sanna", Map.of("recoveryAmount", 2000, "recoveryDueOn", due.toString(),
                "recoveryReasoning", "Avustusta jäi käyttämättä 2 000 euroa.", "recoveryReference", "§ 50", "recoveryDecidedOn", today));
        fixtures.executeDueJobs();
        assertThat(report).isWaitingAt("recoveryRectificationGateway").hasPassed("sendRecoveryDecision");
        DecisionLetter letter = decisionLetters.latest(applicationOf(application).getId(), LetterKind.RECOVERY_DECISION);
        Assertions.assertThat(pdfText(letter.getContent())).contains("PÄÄTÖS TAKAISINPERINNÄSTÄ", "Avustusta jäi käyttämättä 2 000 euroa.",
                "§ 50", "OIKAISUVAATIMUSOHJE", Messages.DATE.format(due));
        // The interest terms of regions/kainuu.yml.
        Assertions.assertThat(pdfText(letter.getContent()).replaceAll("\\s+", " ")).contains(
                "viitekorko korotettuna 3 prosenttiyksiköllä", "viivästyskorkoa korkolain 4 §:n 1 momentin mukaan");
        LocalDate rectificationDeadline = recoveryOf(application).getRectificationDeadline();
        Assertions.assertThat(rectificationDeadline).isAfterOrEqualTo(LocalDate.ofInstant(Now.instant(), Now.HELSINKI).plusDays(17));
        Assertions.assertThat(mailsOf(application)).filteredOn(m -> m.getSubject().startsWith("Päätös avustuksen"))
                .singleElement().satisfies(mail -> {
                    Assertions.assertThat(mail.getAttachmentName()).isEqualTo(letter.getFileName());
                    Assertions.assertThat(mail.getBody()).contains("Oikaisuvaatimusaika päättyy " + Messages.DATE.format(rectificationDeadline));
                });

        moveClockTo(rectificationDeadline);
        assertThat(report).isWaitingAt("recoveryRectificationGateway");
        moveClockTo(rectificationDeadline.plusDays(1));
        assertThat(report).isWaitingAt("recordRepayment").hasPassed("recoveryRectificationPeriodEnded", "repaymentMerge")
                .hasNotPassed("decideRecoveryRectification");
        // A late request is kept with the application and not examined; the recovery goes on as decided.
        Assertions.assertThat(recoveryRectifications.record(application.getBusinessKey(), "Liian myöhään.", Now.instant(),
                RequestOrigin.eService())).isFalse();
        Assertions.assertThat(recoveryOf(application).getRectificationRequest()).isNull();
        Assertions.assertThat(grantRectifications.findByApplicationIdOrderByReceivedAt(applicationOf(application).getId()))
                .singleElement().satisfies(late -> {
                    Assertions.assertThat(late.getTarget()).isEqualTo(RectificationTarget.RECOVERY_DECISION);
                    Assertions.assertThat(late.getStatus()).isEqualTo(RectificationRequest.Status.NOT_EXAMINED);
                    Assertions.assertThat(late.getContent()).isEqualTo("Liian myöhään.");
                });
        assertThat(report).isWaitingAt("recordRepayment");

        moveClockTo(due.plusDays(2));
        assertThat(report).isWaitingAt("recordRepayment", "resolveOverdueRecovery");
        org.camunda.bpm.engine.task.Task overdue = taskService.createTaskQuery().processInstanceId(report.getId())
                .taskDefinitionKey("resolveOverdueRecovery").singleResult();
        Assertions.assertThat(taskService.getIdentityLinksForTask(overdue.getId())).anyMatch(l -> Groups.FINANCE.equals(l.getGroupId()));
        fixtures.complete(overdue, "tapio", Map.of());
        fixtures.complete(taskService.createTaskQuery().processInstanceId(report.getId()).taskDefinitionKey("recordRepayment")
                .singleResult(), "tapio", Map.of("settlement", "PAID"));

        assertThat(report).isEnded().hasPassed("overdueResolved", "saveRepayment", "recoverySettled");
        assertThat(application).isEnded();
        Assertions.assertThat(recoveryOf(application).getStatus()).isEqualTo(Recovery.Status.SETTLED);
        Assertions.assertThat(recoveryOf(application).getSettlement()).isEqualTo(Recovery.Settlement.PAID);
        Assertions.assertThat(applicationOf(application).getClosedOn()).isNotNull();
    }

    @Test
    void rectificationRequestAgainstTheRecoveryIsDecidedAndTheLowerAmountInvoicedOnceFinal() {
        ProcessInstance application = recoveryDecided(2000);
        ProcessInstance report = reportOf(application);

        assertThatThrownBy(() -> recoveryRectifications.request(application.getBusinessKey(), "  ", Now.instant()))
                .isInstanceOf(InvalidInputException.class).hasMessage(messages.get("rectification.content.required"));
        assertThat(report).isWaitingAt("recoveryRectificationGateway");
        Assertions.assertThat(recoveryOf(application).getRectificationRequest()).isNull();

        // Through the e-service, as the association files it: the request goes to the recovery, not the grant decision.
        applicantReplies.requestRectification(new Applicant("0201256-6", "aino.virtanen@example.fi"), application.getBusinessKey(),
                "Käyttämätön osa oli vain 1 200 euroa; tiliote liitteenä.");
        assertThat(report).isWaitingAt("decideRecoveryRectification").hasPassed("recoveryRectificationRequested")
                .task().hasCandidateGroup(Groups.BOARD_SECRETARIES);
        Assertions.assertThat(recoveryOf(application).getRectificationRequest()).startsWith("Käyttämätön osa");
        Assertions.assertThat(grantRectifications.findByApplicationIdOrderByReceivedAt(applicationOf(application).getId())).isEmpty();
        assertThatThrownBy(() -> recoveryRectifications.request(application.getBusinessKey(), "Toinen vaatimus.", Now.instant()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("oikaisuvaatimus on jo tehty");

        String today = LocalDate.ofInstant(Now.instant(), Now.HELSINKI).toString();
        LocalDate newDue = LocalDate.ofInstant(Now.instant(), Now.HELSINKI).plusDays(60);
        assertThatThrownBy(() -> fixtures.complete(fixtures.task(report.getId()), "sanna", Map.of(
                "recoveryRectificationOutcome", "AMENDED", "recoveryAmount", 2500, "recoveryDueOn", newDue.toString(),
                "recoveryReasoning", "Tiliotteen mukaan.", "recoveryReference", "§ 61", "recoveryDecidedOn", today)))
                .hasMessageStartingWith("Anna takaisin perittävä summa väliltä 0–2");
        assertThat(report).isWaitingAt("decideRecoveryRectification");
        Assertions.assertThat(recoveryOf(application).getRectificationOutcome()).isNull();

        fixtures.complete(fixtures.task(report.getId()), "sanna", Map.of("recoveryRectificationOutcome", "AMENDED",
                "recoveryAmount", 1200, "recoveryDueOn", newDue.toString(), "recoveryReasoning", "Tiliotteen mukaan käyttämättä jäi 1 200 euroa.",
                "recoveryReference", "§ 61", "recoveryDecidedOn", today));
        fixtures.executeDueJobs();
        assertThat(report).isWaitingAt("recoveryAppealPeriodEnded").hasPassed("saveRecoveryRectification", "sendRecoveryRectificationDecision");
        Recovery amended = recoveryOf(application);
        Assertions.assertThat(amended.getDecidedAmount()).isEqualByComparingTo("1200");
        Assertions.assertThat(amended.getDueOn()).isEqualTo(newDue);
        Assertions.assertThat(amended.getRectificationOutcome()).isEqualTo(Recovery.RectificationOutcome.AMENDED);
        DecisionLetter letter = decisionLetters.latest(applicationOf(application).getId(), LetterKind.RECOVERY_RECTIFICATION_DECISION);
        Assertions.assertThat(pdfText(letter.getContent())).contains("PÄÄTÖS OIKAISUVAATIMUKSEEN", "oikaisua takaisinperintää koskevaan",
                "takaisin 1 200,00 euroa", "§ 61", "VALITUSOSOITUS").doesNotContain("OIKAISUVAATIMUSOHJE");
        Assertions.assertThat(mailsOf(application)).filteredOn(m -> m.getSubject().startsWith("Päätös oikaisuvaatimukseen"))
                .singleElement().satisfies(mail -> Assertions.assertThat(mail.getBody())
                        .contains("Valitusaika päättyy " + Messages.DATE.format(amended.getAppealDeadline())));

        moveClockTo(amended.getAppealDeadline().plusDays(1));
        assertThat(report).isWaitingAt("recordRepayment").hasPassed("recoveryAppealPeriodEnded", "stillRecoveredGateway", "repaymentMerge");
    }

    @Test
    void recoveryGivenUpOnRectificationClosesTheCase() {
        ProcessInstance application = recoveryDecided(2000);
        ProcessInstance report = reportOf(application);
        recoveryRectifications.request(application.getBusinessKey(), "Raha käytettiin hankkeeseen, selvitys liitteenä.", Now.instant());

        fixtures.complete(fixtures.task(report.getId()), "sanna", Map.of("recoveryRectificationOutcome", "AMENDED",
                "recoveryAmount", 0, "recoveryReasoning", "Lisäselvityksen mukaan avustus käytettiin ehtojen mukaisesti.",
                "recoveryReference", "§ 62", "recoveryDecidedOn", LocalDate.ofInstant(Now.instant(), Now.HELSINKI).toString()));
        fixtures.executeDueJobs();
        Assertions.assertThat(recoveryOf(application).getStatus()).isEqualTo(Recovery.Status.WAIVED);
        Assertions.assertThat(pdfText(decisionLetters.latest(applicationOf(application).getId(),
                LetterKind.RECOVERY_RECTIFICATION_DECISION).getContent())).contains("Avustusta ei peritä takaisin.").doesNotContain("Eräpäivä");

        moveClockTo(recoveryOf(application).getAppealDeadline().plusDays(1));
        assertThat(report).isEnded().hasPassed("recoveryWaivedOnRectification").hasNotPassed("recordRepayment");
        Assertions.assertThat(applicationOf(application).getClosedOn()).isNotNull();
    }

    @Test
    void theRegistryOfficeRecordsARequestAgainstTheRecoveryThatCameByPost() {
        ProcessInstance application = recoveryDecided(2000);
        ProcessInstance report = reportOf(application);
        String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(ProcessKeys.RECTIFICATION_REQUEST_PROCESS)
                .latestVersion().singleResult().getId();
        LocalDate today = LocalDate.ofInstant(Now.instant(), Now.HELSINKI);
        Map<String, Object> form = new java.util.HashMap<>(Map.of("applicationNumber", application.getBusinessKey(),
                "rectificationTarget", "RECOVERY_DECISION", "requesterKind", "APPLICANT", "requesterName", "Aino Virtanen",
                "receivedChannel", "POST", "requestReceivedOn", today.toString(),
                "requestContent", "Käyttämättä jäi vain 1 200 euroa."));

        fixtures.as("riikka", () -> formService.submitStartForm(definitionId, form));

        assertThat(report).isWaitingAt("decideRecoveryRectification").hasPassed("recoveryRectificationRequested");
        Recovery recovery = recoveryOf(application);
        Assertions.assertThat(recovery.getRectificationRequest()).isEqualTo("Käyttämättä jäi vain 1 200 euroa.");
        Assertions.assertThat(recovery.getRectificationReceivedAt()).isEqualTo(today.atStartOfDay(Now.HELSINKI).toInstant());
        Assertions.assertThat(recovery.getRectificationRequestedBy()).isEqualTo("Aino Virtanen");
        Assertions.assertThat(recovery.getRectificationChannel()).isEqualTo(RequestOrigin.Channel.POST);
        Assertions.assertThat(recovery.getRectificationRecordedBy()).isEqualTo("riikka");
        Assertions.assertThat(grantRectifications.findByApplicationIdOrderByReceivedAt(applicationOf(application).getId())).isEmpty();
    }

    @Test
    void withoutConsentTheRecoveryDecisionAndTheDecisionOnTheRequestArePosted() {
        Map<String, Object> form = ProcessFixtures.application(call.getCode());
        form.put(ApplicationFormFields.ELECTRONIC_NOTICE_CONSENT, false);
        form.put(ApplicationFormFields.POSTAL_ADDRESS, "Kajaanin Mielenterveysyhdistys ry\nPL 100\n87100 KAJAANI");
        ProcessInstance application = runtimeService.startProcessInstanceByKey(ProcessKeys.APPLICATION_PROCESS, form);
        fixtures.executeDueJobs();
        fixtures.complete(fixtures.task(application.getId()), "maija", ProcessFixtures.scoredReview(9000));
        fixtures.executeDueJobs();
        decisionDispatch.dispatch(applicationOf(application).getId());
        fixtures.executeDueJobs();
        ProcessInstance decision = runtimeService.createProcessInstanceQuery().superProcessInstanceId(application.getId()).singleResult();
        fixtures.complete(fixtures.task(decision.getId()), "riikka", Map.of("letterPostedOn", today().toString()));
        fixtures.passRectificationPeriod();
        fixtures.runPaymentBatch(Map.of());
        ProcessInstance report = reportOf(application);
        useReports.receive(application.getBusinessKey(), new BigDecimal("7000"), "2 000 € jäi käyttämättä.", Now.instant());
        fixtures.complete(fixtures.task(report.getId()), "liisa", Map.of("reportCheckOutcome", "RECOVERY",
                "reportCheckNotes", "2 000 € jäi käyttämättä.", "recoveryGrounds", "UNUSED", "proposedRecovery", 2000));
        fixtures.executeDueJobs();
        recoveries.respond(application.getBusinessKey(), "Selvitämme asian.");
        fixtures.complete(fixtures.task(report.getId()), "sanna", Map.of("recoveryAmount", 2000,
                "recoveryDueOn", today().plusDays(30).toString(), "recoveryReasoning", "Avustusta jäi käyttämättä.",
                "recoveryReference", "§ 50", "recoveryDecidedOn", today().toString()));
        fixtures.executeDueJobs();

        assertThat(report).isWaitingAt("postRecoveryDecision").hasPassed("createRecoveryDecisionLetter").hasNotPassed("sendRecoveryDecision")
                .task().hasCandidateGroup(Groups.REGISTRY_OFFICE);
        Assertions.assertThat(recoveryOf(application).getRectificationDeadline()).as("not served before it is posted").isNull();
        fixtures.complete(fixtures.task(report.getId()), "riikka", Map.of("letterPostedOn", today().toString()));

        assertThat(report).isWaitingAt("recoveryRectificationGateway").hasPassed("recordRecoveryDecisionPosting");
        Assertions.assertThat(recoveryOf(application).getRectificationDeadline()).isEqualTo(deadlines.rectificationDeadline(today().plusDays(7)));
        Assertions.assertThat(mailsOf(application)).noneMatch(m -> m.getSubject().startsWith("Päätös avustuksen"));
        Assertions.assertThat(decisionLetters.latest(applicationOf(application).getId(), LetterKind.RECOVERY_DECISION).getPostedBy())
                .isEqualTo("riikka");

        recoveryRectifications.record(application.getBusinessKey(), "Käyttämättä jäi vähemmän.", Now.instant(), RequestOrigin.eService());
        fixtures.complete(fixtures.task(report.getId()), "sanna", Map.of("recoveryRectificationOutcome", "UPHELD",
                "recoveryDueOn", today().plusDays(45).toString(), "recoveryReasoning", "Päätös pysyy.", "recoveryReference", "§ 61",
                "recoveryDecidedOn", today().toString()));
        fixtures.executeDueJobs();
        assertThat(report).isWaitingAt("postRecoveryRectificationDecision").hasPassed("createRecoveryRectificationLetter")
                .hasNotPassed("sendRecoveryRectificationDecision");
        fixtures.complete(fixtures.task(report.getId()), "riikka", Map.of("letterPostedOn", today().toString()));

        assertThat(report).isWaitingAt("recoveryAppealPeriodEnded").hasPassed("recordRecoveryRectificationPosting");
        Assertions.assertThat(recoveryOf(application).getAppealDeadline()).isEqualTo(deadlines.appealDeadline(today().plusDays(7)));
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(Now.instant(), Now.HELSINKI);
    }

    /** A paid grant whose use report led to a recovery decision of {@code amount}, sent, its rectification period running. */
    private ProcessInstance recoveryDecided(int amount) {
        ProcessInstance application = paidGrant(9000);
        ProcessInstance report = reportOf(application);
        useReports.receive(application.getBusinessKey(), new BigDecimal("7000"), "2 000 € jäi käyttämättä.", Now.instant());
        fixtures.complete(fixtures.task(report.getId()), "liisa", Map.of("reportCheckOutcome", "RECOVERY",
                "reportCheckNotes", "2 000 € jäi käyttämättä.", "recoveryGrounds", "UNUSED", "proposedRecovery", amount));
        fixtures.executeDueJobs();
        recoveries.respond(application.getBusinessKey(), "Selvitämme asian.");
        String today = LocalDate.ofInstant(Now.instant(), Now.HELSINKI).toString();
        fixtures.complete(fixtures.task(report.getId()), "sanna", Map.of("recoveryAmount", amount,
                "recoveryDueOn", LocalDate.ofInstant(Now.instant(), Now.HELSINKI).plusDays(30).toString(),
                "recoveryReasoning", "Avustusta jäi käyttämättä.", "recoveryReference", "§ 50", "recoveryDecidedOn", today));
        fixtures.executeDueJobs();
        assertThat(report).isWaitingAt("recoveryRectificationGateway");
        return application;
    }

    @Test
    void theAssociationRespondsThroughTheEServiceAndTheSecretaryReadsTheResponse() {
        ProcessInstance application = hearingWaiting();
        ProcessInstance report = reportOf(application);
        String number = application.getBusinessKey();

        assertThatThrownBy(() -> applicantReplies.respondToHearing(OWNER, number, "   "))
                .isInstanceOf(InvalidInputException.class).hasMessage("Kirjoita vastine.");
        assertThatThrownBy(() -> applicantReplies.respondToHearing(OWNER, number, "x".repeat(4001)))
                .isInstanceOf(InvalidInputException.class).hasMessage(messages.get("applicant.text.tooLong", 4000));
        assertThatThrownBy(() -> applicantReplies.respondToHearing(new Applicant("1572860-0", "aino.virtanen@example.fi"), number,
                "Vieras vastine.")).hasMessage("No application " + number + " for this applicant");
        assertThat(report).isWaitingAt("hearingGateway");
        Assertions.assertThat(recoveryOf(application).getResponse()).isNull();

        String response = "Emme hyväksy perintää.\n# Perustelut\n[tiliote](https://example.fi/x) *liitteenä*";
        applicantReplies.respondToHearing(OWNER, number, response);

        assertThat(report).hasPassed("hearingResponse").isWaitingAt("decideRecovery");
        Recovery recovery = recoveryOf(application);
        Assertions.assertThat(recovery.getResponse()).isEqualTo(response);
        Assertions.assertThat(recovery.getResponseReceivedOn()).isEqualTo(LocalDate.ofInstant(Now.instant(), Now.HELSINKI));
        Assertions.assertThat(recovery.getResponseRecordedBy()).isNull();
        String summary = caseSummary(report);
        Assertions.assertThat(summary).contains(Markdown.text(response), "sähköisen asioinnin kautta")
                .doesNotContain("vastine: –", "vastinetta ei ole saatu", "[tiliote](");

        assertThatThrownBy(() -> applicantReplies.respondToHearing(OWNER, number, "Toinen vastine."))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("on jo annettu vastine");
        Assertions.assertThat(recoveryOf(application).getResponse()).isEqualTo(response);
    }

    @Test
    void theLiaisonOfficerRecordsAResponseThatCameByPost() {
        ProcessInstance application = hearingWaiting();
        ProcessInstance report = reportOf(application);
        String number = application.getBusinessKey();
        LocalDate today = LocalDate.ofInstant(Now.instant(), Now.HELSINKI);
        long records = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ProcessKeys.HEARING_RESPONSE_PROCESS).count();

        assertThatThrownBy(() -> recordResponse("liisa", Map.of("applicationNumber", number, "responseReceivedOn", today.toString())))
                .isInstanceOf(InvalidInputException.class).hasMessage("Kirjoita vastine.");
        assertThatThrownBy(() -> recordResponse("liisa", Map.of("applicationNumber", number, "hearingResponse", "Kirje.")))
                .isInstanceOf(InvalidInputException.class).hasMessage("Anna päivä, jona vastine saapui.");
        assertThatThrownBy(() -> recordResponse("liisa", Map.of("applicationNumber", number,
                "responseReceivedOn", today.plusDays(1).toString(), "hearingResponse", "Kirje.")))
                .isInstanceOf(InvalidInputException.class).hasMessage("Vastineen saapumispäivä ei voi olla tulevaisuudessa.");
        assertThatThrownBy(() -> recordResponse("liisa", Map.of("applicationNumber", number,
                "responseReceivedOn", today.minusDays(1).toString(), "hearingResponse", "Kirje.")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ennen kuin kuulemiskirje lähetettiin");
        assertThatThrownBy(() -> recordResponse("liisa", Map.of("applicationNumber", "TA-1999-9999",
                "responseReceivedOn", today.toString(), "hearingResponse", "Kirje.")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("TA-1999-9999");
        for (String notAllowed : List.of("sanna", "johanna")) {
            assertThatThrownBy(() -> recordResponse(notAllowed, Map.of("applicationNumber", number,
                    "responseReceivedOn", today.toString(), "hearingResponse", "Kirje.")))
                    .as(notAllowed).isInstanceOf(AuthorizationException.class);
        }
        assertThat(report).isWaitingAt("hearingGateway");
        Assertions.assertThat(recoveryOf(application).getResponse()).isNull();
        Assertions.assertThat(historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.HEARING_RESPONSE_PROCESS).count()).isEqualTo(records);

        ProcessInstance recorded = recordResponse("liisa", Map.of("applicationNumber", " " + number + " ",
                "responseReceivedOn", today.toString(), "hearingResponse", "Yhdistys kiistää perinnän; kirje saapui kirjaamoon."));

        assertThat(recorded).isEnded().hasPassed("hearingResponseArrived", "forwardHearingResponse", "hearingResponseForwarded");
        Assertions.assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(recorded.getId()).list())
                .as("the form's values are not kept in the record process").isEmpty();
        assertThat(report).hasPassed("hearingResponse").isWaitingAt("decideRecovery");
        Recovery recovery = recoveryOf(application);
        Assertions.assertThat(recovery.getResponse()).isEqualTo("Yhdistys kiistää perinnän; kirje saapui kirjaamoon.");
        Assertions.assertThat(recovery.getResponseReceivedOn()).isEqualTo(today);
        Assertions.assertThat(recovery.getResponseRecordedBy()).isEqualTo("liisa");
        Assertions.assertThat(caseSummary(report)).contains("Yhdistys kiistää perinnän; kirje saapui kirjaamoon.",
                "kirjannut liisa", Messages.DATE.format(today));

        assertThatThrownBy(() -> recordResponse("liisa", Map.of("applicationNumber", number,
                "responseReceivedOn", today.toString(), "hearingResponse", "Sama kirje uudelleen.")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("on jo annettu vastine");
        assertThatThrownBy(() -> applicantReplies.respondToHearing(OWNER, number, "Ja vielä sähköisesti."))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("on jo annettu vastine");
    }

    /** A paid grant whose use report led to a proposed recovery: the association's hearing waits for its response. */
    private ProcessInstance hearingWaiting() {
        ProcessInstance application = paidGrant(9000);
        ProcessInstance report = reportOf(application);
        useReports.receive(application.getBusinessKey(), new BigDecimal("7000"), "2 000 € jäi käyttämättä.", Now.instant());
        fixtures.complete(fixtures.task(report.getId()), "liisa", Map.of("reportCheckOutcome", "RECOVERY",
                "reportCheckNotes", "2 000 € jäi käyttämättä.", "recoveryGrounds", "UNUSED", "proposedRecovery", 2000));
        fixtures.executeDueJobs();
        assertThat(report).isWaitingAt("hearingGateway");
        return application;
    }

    /** The officer's Tasklist start form "Kuulemisen vastineen kirjaus", submitted logged in. */
    private ProcessInstance recordResponse(String officer, Map<String, Object> form) {
        String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(ProcessKeys.HEARING_RESPONSE_PROCESS)
                .latestVersion().singleResult().getId();
        return fixtures.as(officer, () -> formService.submitStartForm(definitionId, form));
    }

    private String caseSummary(ProcessInstance report) {
        return taskService.getVariableLocal(fixtures.task(report.getId()).getId(), Variables.CASE_SUMMARY).toString();
    }

    @Test
    void missingReportLeadsToAHearingAndTheBoardMayWaiveTheRecovery() {
        ProcessInstance application = paidGrant(9000);
        ProcessInstance report = reportOf(application);

        moveClockTo(call.getReportDeadline().plusDays(1));
        moveClockTo(call.getReportDeadline().plusDays(UseReports.DAYS_BEFORE_RECOVERY));

        assertThat(report).hasPassed("sendOverdueReminder", "reportMissing", "recordMissingReport", "sendHearing")
                .isWaitingAt("hearingGateway");
        Assertions.assertThat(mailsOf(application)).extracting(SentMail::getSubject).anyMatch(s -> s.startsWith("Käyttöselvitys myöhässä"));
        Assertions.assertThat(recoveryOf(application).getGrounds()).isEqualTo(Recovery.Grounds.NO_REPORT);
        Assertions.assertThat(recoveryOf(application).getProposedAmount()).isEqualByComparingTo("9000");

        moveClockTo(recoveryOf(application).getHearingDeadline().plusDays(1));
        assertThat(report).hasPassed("hearingPeriodEnded").isWaitingAt("decideRecovery");
        Assertions.assertThat(caseSummary(report)).contains("vastinetta ei ole saatu");
        assertThatThrownBy(() -> applicantReplies.respondToHearing(OWNER, application.getBusinessKey(), "Myöhässä."))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("kuulemisaika päättyi");
        Assertions.assertThat(recoveryOf(application).getResponse()).isNull();
        fixtures.complete(fixtures.task(report.getId()), "sanna", Map.of("recoveryAmount", 0,
                "recoveryReasoning", "Selvitys saatiin kuulemisen jälkeen puhelimitse.", "recoveryReference", "§ 51",
                "recoveryDecidedOn", LocalDate.ofInstant(Now.instant(), Now.HELSINKI).toString()));

        assertThat(report).isEnded().hasPassed("recoveryWaived");
        Assertions.assertThat(recoveryOf(application).getStatus()).isEqualTo(Recovery.Status.WAIVED);
    }

    @Test
    void unansweredRequestForMoreInformationReturnsToTheOfficer() {
        ProcessInstance application = paidGrant(9000);
        ProcessInstance report = reportOf(application);
        useReports.receive(application.getBusinessKey(), new BigDecimal("9000"), "Lyhyt selvitys.", Now.instant());
        fixtures.complete(fixtures.task(report.getId()), "liisa",
                Map.of("reportCheckOutcome", "NEEDS_INFO", "reportCheckNotes", "Kuvatkaa toiminnan tulokset."));

        moveClockTo(LocalDate.ofInstant(Now.instant(), Now.HELSINKI).plusDays(31));

        assertThat(report).hasPassed("moreInfoMissing").isWaitingAt("checkReport");
    }

    @Test
    void reportOrResponseNobodyWaitsForIsRefusedAndStoresNothing() {
        ProcessInstance application = paidGrant(9000);
        assertThatThrownBy(() -> recoveries.respond(application.getBusinessKey(), "Vastine"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Hakemuksen " + application.getBusinessKey() + " takaisinperinnässä ei nyt odoteta vastinetta.");
        assertThatThrownBy(() -> useReports.receive(application.getBusinessKey(), new BigDecimal("-1"), " ", Now.instant()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Anna käytetty summa")
                .hasMessageContaining("Kirjoita käyttöselvitys");
        ProcessInstance unpaid = runtimeService.startProcessInstanceByKey(ProcessKeys.APPLICATION_PROCESS, ProcessFixtures.application(call.getCode()));
        assertThatThrownBy(() -> useReports.receive(unpaid.getBusinessKey(), BigDecimal.ONE, "Selvitys", Now.instant()))
                .hasMessage("Hakemukselta " + unpaid.getBusinessKey() + " ei nyt odoteta käyttöselvitystä.");
    }

    /** An application whose grant has been decided, become final and been paid: its report is now due. */
    private ProcessInstance paidGrant(int amount) {
        return paidGrant(amount, "0201256-6");
    }

    private ProcessInstance paidGrant(int amount, String businessId) {
        Map<String, Object> form = ProcessFixtures.application(call.getCode());
        form.put("requestedAmount", amount);
        form.put("businessId", businessId);
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(ProcessKeys.APPLICATION_PROCESS, form);
        fixtures.executeDueJobs();
        fixtures.complete(fixtures.task(instance.getId()), "maija", ProcessFixtures.scoredReview(amount));
        fixtures.executeDueJobs();
        decisionDispatch.dispatch(applicationOf(instance).getId());
        fixtures.executeDueJobs();
        fixtures.passRectificationPeriod();
        fixtures.runPaymentBatch(Map.of());
        assertThat(instance).isWaitingAt("followUpReport");
        return instance;
    }

    private static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void moveClockTo(LocalDate day) {
        Instant morning = day.atStartOfDay(Now.HELSINKI).toInstant().plus(Duration.ofHours(9));
        if (morning.isAfter(Now.instant())) {
            ClockUtil.setCurrentTime(Date.from(morning));
        }
        fixtures.executeDueJobs();
    }

    private ProcessInstance reportOf(ProcessInstance application) {
        return runtimeService.createProcessInstanceQuery().superProcessInstanceId(application.getId())
                .processDefinitionKey(ProcessKeys.REPORT_PROCESS).singleResult();
    }

    private Recovery recoveryOf(ProcessInstance application) {
        return recoveryRepository.findFirstByApplicationIdOrderByIdDesc(applicationOf(application).getId()).orElseThrow();
    }

    private List<SentMail> mailsOf(ProcessInstance application) {
        return mails.findByApplicationIdOrderBySentAt(applicationOf(application).getId());
    }

    private GrantApplication applicationOf(ProcessInstance instance) {
        return applications.findByApplicationNumber(instance.getBusinessKey()).orElseThrow();
    }
}
