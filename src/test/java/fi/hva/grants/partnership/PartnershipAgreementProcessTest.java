package fi.hva.grants.partnership;

import static fi.hva.grants.partnership.PartnershipDriver.MANAGER;
import static fi.hva.grants.partnership.PartnershipDriver.today;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.common.Now;
import fi.hva.grants.notification.SentMail;
import fi.hva.grants.notification.SentMailRepository;
import fi.hva.grants.payment.Payment;
import fi.hva.grants.payment.PaymentPurpose;
import fi.hva.grants.payment.PaymentRepository;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ProcessTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ProcessTest
class PartnershipAgreementProcessTest {

    @Autowired PartnershipDriver driver;
    @Autowired ProcessFixtures fixtures;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired PartnershipReports reports;
    @Autowired PaymentRepository payments;
    @Autowired SentMailRepository mails;
    @Autowired CountyBudgetRepository budgets;

    /** Each test records the budgets it needs; agreements of earlier tests stay waiting for theirs. */
    @BeforeEach
    void noBudgetsYet() {
        budgets.deleteAll();
    }

    @Test
    void budgetWakesEveryAgreementWaitingForItsYearAndEachYearIsConfirmedPaidAndReported() {
        int year = today().getYear();
        driver.approveBudget(year);
        ProcessInstance first = driver.signedAgreement(year, year + 1);
        ProcessInstance second = driver.signedAgreement(year + 1, year + 1);
        String number = first.getBusinessKey();

        // The first year's budget was approved before signing, so that year is not awaited.
        assertThat(first).hasPassed("budgetKnownGateway").isWaitingAt("confirmYear", "awaitCountyBudget");
        Assertions.assertThat(driver.summary(driver.yearTask(first, year))).contains("Sopimusvuosi " + year, "Aluevaltuusto 10.12.");

        driver.approveBudget(year + 1);
        Assertions.assertThat(runtimeService.createExecutionQuery().processInstanceId(first.getId()).activityId("awaitCountyBudget").count())
                .isZero();
        Assertions.assertThat(runtimeService.createExecutionQuery().processInstanceId(second.getId()).activityId("awaitCountyBudget").count())
                .isZero();
        Assertions.assertThat(taskCount(first)).isEqualTo(2);
        Assertions.assertThat(taskCount(second)).isEqualTo(1);
        Assertions.assertThat(driver.year(second.getBusinessKey(), year + 1).getStatus()).isEqualTo(PartnershipYear.Status.BUDGET_APPROVED);

        driver.confirmYear(first, year, 32000);
        fixtures.executeDueJobs();
        fixtures.runPaymentBatch(Map.of());

        Payment paid = payments.findByCaseNumberOrderByInstalment(number + "/" + year).get(0);
        Assertions.assertThat(paid.getStatus()).isEqualTo(Payment.Status.PAID);
        Assertions.assertThat(paid.getAmount()).isEqualByComparingTo("32000");
        Assertions.assertThat(paid.getPurpose()).isEqualTo(PaymentPurpose.PARTNERSHIP_GRANT);
        Assertions.assertThat(paid.getPayeeName()).isEqualTo("Kainuun Mielenterveysseura ry");
        Assertions.assertThat(runtimeService.createExecutionQuery().processInstanceId(first.getId()).activityId("awaitAnnualReport").count())
                .isEqualTo(1);

        reports.receive(number, year, "Tukea sai 240 asukasta; kriisipuhelin aloitti.", Now.instant());
        Assertions.assertThat(driver.summary(driver.yearTask(first, year))).contains("Tukea sai 240 asukasta");
        fixtures.complete(driver.yearTask(first, year), MANAGER, Map.of("reportOutcome", "ACCEPTED"));
        Assertions.assertThat(driver.year(number, year).getStatus()).isEqualTo(PartnershipYear.Status.COMPLETED);
        Assertions.assertThat(driver.year(number, year).getReportAccepted()).isTrue();

        driver.confirmYear(first, year + 1, 40000);
        fixtures.executeDueJobs();
        Payment secondYear = payments.findByCaseNumberOrderByInstalment(number + "/" + (year + 1)).get(0);
        Assertions.assertThat(secondYear.getDueOn()).isEqualTo(LocalDate.of(year + 1, 1, 1));
        Assertions.assertThat(secondYear.getStatus()).isEqualTo(Payment.Status.SCHEDULED);
    }

    @Test
    void overdueReportsAreRemindedAndTheFinalReportClosesTheAgreement() {
        int year = today().getYear();
        driver.approveBudget(year);
        ProcessInstance agreement = driver.signedAgreement(year, year);
        String number = agreement.getBusinessKey();
        driver.confirmYear(agreement, year, 40000);
        fixtures.executeDueJobs();
        fixtures.runPaymentBatch(Map.of());

        Job annualReminder = timer(agreement);
        Assertions.assertThat(annualReminder.getDuedate().toInstant())
                .isEqualTo(LocalDate.of(year + 1, 5, 1).atStartOfDay(Now.HELSINKI).toInstant());
        pass(annualReminder);
        fixtures.executeDueJobs();
        Assertions.assertThat(mailsAbout(number)).extracting(SentMail::getSubject)
                .containsExactly("Muistutus: vuoden " + year + " vuosiraportti (" + number + ")");
        assertThat(agreement).isWaitingAt("awaitAnnualReport");

        assertThatThrownBy(() -> reports.receive(number, null, "Loppuraportti liian aikaisin.", Now.instant()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ei odota raporttia: loppuraportti");
        reports.receive(number, year, "Vuosi sujui suunnitellusti.", Now.instant());
        assertThatThrownBy(() -> fixtures.complete(driver.yearTask(agreement, year), MANAGER, Map.of("reportOutcome", "REMARKS")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Kirjoita huomautukset.");
        fixtures.complete(driver.yearTask(agreement, year), MANAGER, Map.of("reportOutcome", "REMARKS",
                "reportNotes", "Kävijämäärät raportoitava kunnittain."));

        assertThat(agreement).hasPassed("yearCompleted").isWaitingAt("awaitFinalReport");
        pass(timer(agreement));
        fixtures.executeDueJobs();
        Assertions.assertThat(mailsAbout(number)).extracting(SentMail::getSubject)
                .contains("Muistutus: loppuraportti (" + number + ")");
        reports.receive(number, null, "Hanke vakiinnutettiin yhdistyksen perustoiminnaksi.", Now.instant());
        fixtures.complete(driver.task(agreement), MANAGER, Map.of("reportOutcome", "ACCEPTED"));

        assertThat(agreement).isEnded().hasPassed("saveFinalReportCheck", "agreementEnded");
        Partnership completed = driver.partnership(number);
        Assertions.assertThat(completed.getStatus()).isEqualTo(Partnership.Status.COMPLETED);
        Assertions.assertThat(completed.getEndReason()).isEqualTo(EndReason.PERIOD_ENDED);
        Assertions.assertThat(completed.getFinalReport()).contains("vakiinnutettiin");
    }

    @Test
    void aYearNotConfirmedLapsesTheAgreementAndCancelsWhatIsUnpaid() {
        int year = today().getYear();
        driver.approveBudget(year);
        driver.approveBudget(year + 1);
        ProcessInstance agreement = driver.signedAgreement(year, year + 2);
        String number = agreement.getBusinessKey();
        driver.confirmYear(agreement, year + 1, 30000);
        fixtures.executeDueJobs();
        Assertions.assertThat(payments.findByCaseNumberOrderByInstalment(number + "/" + (year + 1)))
                .extracting(Payment::getStatus).containsExactly(Payment.Status.SCHEDULED);

        assertThatThrownBy(() -> fixtures.complete(driver.yearTask(agreement, year), MANAGER, Map.of("yearOutcome", "NOT_CONFIRMED")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("sopimus raukeaa");
        assertThatThrownBy(() -> driver.confirmYear(agreement, year, 50000))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("enintään sopimuksen vuotuinen enimmäismäärä 40");
        fixtures.complete(driver.yearTask(agreement, year), MANAGER, Map.of("yearOutcome", "NOT_CONFIRMED",
                "confirmationNotes", "Määrärahaa ei osoitettu talousarviossa."));
        fixtures.executeDueJobs();

        assertThat(agreement).hasPassed("yearLapsed", "agreementLapsed", "markAgreementLapsed").isWaitingAt("awaitFinalReport");
        Partnership lapsed = driver.partnership(number);
        Assertions.assertThat(lapsed.getStatus()).isEqualTo(Partnership.Status.LAPSED);
        Assertions.assertThat(lapsed.getEndReason()).isEqualTo(EndReason.BUDGET_NOT_CONFIRMED);
        Assertions.assertThat(driver.year(number, year).getStatus()).isEqualTo(PartnershipYear.Status.LAPSED);
        Assertions.assertThat(driver.year(number, year + 2).getStatus()).isEqualTo(PartnershipYear.Status.CANCELLED);
        Assertions.assertThat(payments.findByCaseNumberOrderByInstalment(number + "/" + (year + 1)))
                .extracting(Payment::getStatus).containsExactly(Payment.Status.CANCELLED);
        Assertions.assertThat(mailsAbout(number)).extracting(SentMail::getSubject).contains("Kumppanuussopimus " + number + " on rauennut");

        reports.receive(number, null, "Hanke päättyi ennen aikojaan.", Now.instant());
        fixtures.complete(driver.task(agreement), MANAGER, Map.of("reportOutcome", "ACCEPTED"));
        assertThat(agreement).isEnded();
        Assertions.assertThat(driver.partnership(number).getStatus()).isEqualTo(Partnership.Status.LAPSED);
    }

    @Test
    void earlyTerminationInterruptsTheAgreementAndCancelsTheRemainingInstalments() {
        int year = today().getYear();
        driver.approveBudget(year);
        ProcessInstance agreement = driver.signedAgreement(year, year + 1);
        String number = agreement.getBusinessKey();
        driver.confirmYear(agreement, year, 40000);
        ProcessInstance payout = runtimeService.createProcessInstanceQuery().superProcessInstanceId(agreement.getId()).singleResult();
        Assertions.assertThat(payout.getBusinessKey()).isEqualTo(number + "/" + year);

        driver.notice(Map.of("noticeKind", "TERMINATION", "partnershipNumber", number, "terminationReason", "EXTERNAL_FUNDING_ENDED",
                "decidedOn", today().toString(), "noticeNotes", "STEA lopetti hankkeen rahoituksen."));
        fixtures.executeDueJobs();

        assertThat(agreement).isEnded().hasPassed("terminationDecided", "cancelRemainingInstalments", "agreementTerminated");
        assertThat(payout).isEnded();
        Partnership terminated = driver.partnership(number);
        Assertions.assertThat(terminated.getStatus()).isEqualTo(Partnership.Status.TERMINATED);
        Assertions.assertThat(terminated.getEndReason()).isEqualTo(EndReason.EXTERNAL_FUNDING_ENDED);
        Assertions.assertThat(terminated.getEndNotes()).isEqualTo("STEA lopetti hankkeen rahoituksen.");
        Assertions.assertThat(payments.findByCaseNumberOrderByInstalment(number + "/" + year))
                .extracting(Payment::getStatus).containsExactly(Payment.Status.CANCELLED);
        Assertions.assertThat(driver.year(number, year + 1).getStatus()).isEqualTo(PartnershipYear.Status.CANCELLED);
        // Confirmed, but its instalment was cancelled unpaid: not "vahvistettu" any more.
        Assertions.assertThat(driver.year(number, year).getStatus()).isEqualTo(PartnershipYear.Status.CANCELLED);
        Assertions.assertThat(mailsAbout(number)).extracting(SentMail::getBody)
                .anySatisfy(body -> Assertions.assertThat(body).contains("ulkoinen rahoitus päättyi"));
    }

    @Test
    void terminationAfterAPaidYearStillAwaitsTheFinalReport() {
        int year = today().getYear();
        driver.approveBudget(year);
        ProcessInstance agreement = driver.signedAgreement(year, year + 1);
        String number = agreement.getBusinessKey();
        driver.confirmYear(agreement, year, 40000);
        fixtures.executeDueJobs();
        fixtures.runPaymentBatch(Map.of());
        Assertions.assertThat(payments.findByCaseNumberOrderByInstalment(number + "/" + year))
                .extracting(Payment::getStatus).containsExactly(Payment.Status.PAID);

        driver.notice(Map.of("noticeKind", "TERMINATION", "partnershipNumber", number, "terminationReason", "EXTERNAL_FUNDING_ENDED",
                "decidedOn", today().toString(), "noticeNotes", "STEA lopetti hankkeen rahoituksen."));
        fixtures.executeDueJobs();

        assertThat(agreement).hasPassed("cancelRemainingInstalments", "paidBeforeTerminationGateway")
                .isWaitingAt("awaitFinalReportAfterTermination").hasNotPassed("agreementTerminated");
        Assertions.assertThat(driver.partnership(number).getStatus()).isEqualTo(Partnership.Status.TERMINATED);
        Assertions.assertThat(driver.year(number, year).getStatus()).isEqualTo(PartnershipYear.Status.CONFIRMED);
        Assertions.assertThat(driver.year(number, year + 1).getStatus()).isEqualTo(PartnershipYear.Status.CANCELLED);
        Job reminder = timer(agreement);
        Assertions.assertThat(reminder.getDuedate().toInstant())
                .isEqualTo(LocalDate.of(year + 1, 5, 1).atStartOfDay(Now.HELSINKI).toInstant());
        pass(reminder);
        fixtures.executeDueJobs();
        assertThat(agreement).hasPassed("remindOfFinalReportAfterTermination").isWaitingAt("awaitFinalReportAfterTermination");
        Assertions.assertThat(mailsAbout(number)).filteredOn(mail -> mail.getSubject().startsWith("Muistutus"))
                .singleElement().satisfies(mail -> Assertions.assertThat(mail.getBody()).contains("30.4." + (year + 1)));

        reports.receive(number, null, "Hanke päättyi rahoituksen loputtua; ensimmäisen vuoden avustus käytettiin.", Now.instant());
        fixtures.complete(driver.task(agreement), MANAGER, Map.of("reportOutcome", "ACCEPTED"));

        assertThat(agreement).isEnded().hasPassed("checkFinalReportAfterTermination", "terminatedAndReported");
        Partnership ended = driver.partnership(number);
        Assertions.assertThat(ended.getStatus()).isEqualTo(Partnership.Status.TERMINATED);
        Assertions.assertThat(ended.getFinalReport()).startsWith("Hanke päättyi rahoituksen loputtua");
        Assertions.assertThat(ended.getFinalReportNotes()).isNull();
    }

    @Test
    void aBudgetYearIsRecordedOnlyOnce() {
        int year = today().getYear() + 2;
        driver.approveBudget(year);

        assertThatThrownBy(() -> driver.approveBudget(year)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Vuoden " + year + " talousarvion hyväksyntä on jo kirjattu.");
    }

    private long taskCount(ProcessInstance instance) {
        return runtimeService.createExecutionQuery().processInstanceId(instance.getId()).activityId("confirmYear").count();
    }

    private Job timer(ProcessInstance instance) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    }

    private void pass(Job timer) {
        ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plus(Duration.ofMinutes(1))));
        managementService.executeJob(timer.getId());
    }

    private List<SentMail> mailsAbout(String number) {
        return mails.findAll().stream().filter(mail -> mail.getSubject().contains(number)).toList();
    }
}
