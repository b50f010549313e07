package fi.hva.grants.postgres;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fi.hva.grants.common.Now;
import fi.hva.grants.decision.DecisionLetter;
import fi.hva.grants.decision.DecisionLetterRepository;
import fi.hva.grants.decision.RectificationRequests;
import fi.hva.grants.grant.DecisionOutcome;
import fi.hva.grants.grant.GrantApplication;
import fi.hva.grants.grant.GrantApplicationRepository;
import fi.hva.grants.notification.SentMail;
import fi.hva.grants.notification.SentMailRepository;
import fi.hva.grants.payment.PaymentBatch;
import fi.hva.grants.payment.PaymentBatchRepository;
import fi.hva.grants.process.CallDriver;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ProcessKeys;
import fi.hva.grants.process.Variables;
import fi.hva.grants.report.Recoveries;
import fi.hva.grants.report.Recovery;
import fi.hva.grants.report.RecoveryRepository;
import fi.hva.grants.report.UseReports;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One application from the board decision through rectification, payout, use report and recovery, on PostgreSQL. */
@PostgresTest
class GrantLifecycleOnPostgresIT {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired ProcessFixtures fixtures;
    @Autowired CallDriver driver;
    @Autowired GrantApplicationRepository applications;
    @Autowired DecisionLetterRepository letters;
    @Autowired SentMailRepository mails;
    @Autowired PaymentBatchRepository batches;
    @Autowired RecoveryRepository recoveries;
    @Autowired RectificationRequests rectificationRequests;
    @Autowired UseReports useReports;
    @Autowired Recoveries recoveryService;

    @Test
    void applicationGoesFromBoardDecisionThroughRectificationPayoutReportAndRecovery() throws IOException {
        ProcessInstance call = driver.openCall(100000);
        String callCode = driver.callOf(call).getCode();
        ProcessInstance application = driver.startApplication(callCode, 12000);
        driver.review(application, "maija", 8000);
        driver.moveClockTo(driver.callOf(call).getClosesAt());
        driver.decideOnBoard(call, Map.of("boardDecisionType", "AS_PROPOSED",
                "boardReference", "Aluehallitus 12.2.2027 § 18", "boardDecidedOn", CallDriver.today()));
        fixtures.executeDueJobs();
        String number = application.getBusinessKey();

        DecisionLetter decision = letters.findByApplicationIdOrderByCreatedAt(applicationOf(number).getId()).get(0);
        Assertions.assertThat(text(decision.getContent())).contains(number, "OIKAISUVAATIMUSOHJE", "Aluehallitus 12.2.2027 § 18");
        Assertions.assertThat(mailSubjects(number)).containsExactly("Päätös avustushakemukseen " + number);

        rectificationRequests.receive(number, "Pyydämme koko haettua summaa.", Now.instant());
        ProcessInstance decisionProcess = subProcess(application, ProcessKeys.DECISION_PROCESS);
        fixtures.complete(fixtures.task(decisionProcess.getId()), "sanna", Map.of("rectificationOutcome", "AMENDED",
                "rectificationAmount", 9500, "rectificationReasoning", "Toiminnan laajuus perustelee korotuksen.",
                "rectificationReference", "Aluehallitus 3.4.2027 § 40", "rectificationDecidedOn", CallDriver.today()));
        fixtures.executeDueJobs();
        DecisionLetter amended = letters.findByApplicationIdOrderByCreatedAt(applicationOf(number).getId()).get(1);
        Assertions.assertThat(text(amended.getContent())).contains("VALITUSOSOITUS", "Pohjois-Suomen hallinto-oikeus");
        Assertions.assertThat(applicationOf(number).getDecisionOutcome()).isEqualTo(DecisionOutcome.PARTLY_GRANTED);

        fixtures.passRectificationPeriod();
        assertThat(application).isWaitingAt("payGrant");
        ProcessInstance batch = fixtures.runPaymentBatch(Map.of());
        PaymentBatch paid = batches.findById(((Number) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(batch.getId()).variableName(Variables.BATCH_ID).singleResult().getValue()).longValue()).orElseThrow();
        Assertions.assertThat(new String(paid.getSepaFile(), StandardCharsets.UTF_8))
                .contains("<MsgId>" + paid.messageId() + "</MsgId>", number + "-1", "9500.00", "FI2112345600000785");
        assertThat(application).isWaitingAt("followUpReport");

        ProcessInstance report = subProcess(application, ProcessKeys.REPORT_PROCESS);
        useReports.receive(number, new BigDecimal("7000"), "Osa toiminnasta siirtyi seuraavaan vuoteen.", Now.instant());
        fixtures.complete(fixtures.task(report.getId()), "liisa", Map.of("reportCheckOutcome", "RECOVERY",
                "reportCheckNotes", "2 500 € jäi käyttämättä.", "recoveryGrounds", "UNUSED", "proposedRecovery", 2500));
        fixtures.executeDueJobs();
        recoveryService.respond(number, "Hyväksymme takaisinmaksun.");
        LocalDate today = LocalDate.ofInstant(Now.instant(), Now.HELSINKI);
        fixtures.complete(fixtures.task(report.getId()), "sanna", Map.of("recoveryAmount", 2500,
                "recoveryDueOn", today.plusDays(30).toString(), "recoveryReasoning", "Käyttämätön osuus.",
                "recoveryReference", "Aluehallitus 1.6.2028 § 70", "recoveryDecidedOn", today.toString()));
        fixtures.executeDueJobs();
        assertThat(report).isWaitingAt("recoveryRectificationGateway");
        LocalDate finalOn = recoveries.findFirstByApplicationIdOrderByIdDesc(applicationOf(number).getId()).orElseThrow()
                .getRectificationDeadline().plusDays(1);
        ClockUtil.setCurrentTime(Date.from(finalOn.atStartOfDay(Now.HELSINKI).toInstant()));
        fixtures.executeDueJobs();
        fixtures.complete(fixtures.task(report.getId()), "tapio", Map.of("settlement", "SET_OFF"));

        assertThat(application).isEnded().hasPassed("noticeDecision", "payGrant", "followUpReport", "grantAwarded");
        Recovery recovery = recoveries.findFirstByApplicationIdOrderByIdDesc(applicationOf(number).getId()).orElseThrow();
        Assertions.assertThat(recovery.getStatus()).isEqualTo(Recovery.Status.SETTLED);
        Assertions.assertThat(recovery.getDecidedAmount()).isEqualByComparingTo("2500");
        Assertions.assertThat(applicationOf(number).getClosedOn()).isEqualTo(finalOn);
        Assertions.assertThat(mailSubjects(number)).containsExactly(
                "Päätös avustushakemukseen " + number,
                "Päätös oikaisuvaatimukseen, hakemus " + number,
                "Kuuleminen avustuksen " + number + " takaisinperinnästä",
                "Päätös avustuksen " + number + " takaisinperinnästä");
    }

    private ProcessInstance subProcess(ProcessInstance application, String key) {
        return runtimeService.createProcessInstanceQuery().superProcessInstanceId(application.getId())
                .processDefinitionKey(key).singleResult();
    }

    private java.util.List<String> mailSubjects(String number) {
        return mails.findByApplicationIdOrderBySentAt(applicationOf(number).getId()).stream().map(SentMail::getSubject).toList();
    }

    private GrantApplication applicationOf(String number) {
        return applications.findByApplicationNumber(number).orElseThrow();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
