package fi.hva.grants.payment;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fi.hva.grants.call.GrantCall;
import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.common.Now;
import fi.hva.grants.grant.DecisionDispatch;
import fi.hva.grants.grant.GrantApplication;
import fi.hva.grants.grant.GrantApplicationRepository;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ProcessKeys;
import fi.hva.grants.process.ProcessTest;
import fi.hva.grants.process.Variables;
import fi.hva.grants.security.Groups;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ProcessTest
class PayoutProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ProcessFixtures fixtures;
    @Autowired GrantApplicationRepository applications;
    @Autowired DecisionDispatch decisionDispatch;
    @Autowired PaymentRepository payments;
    @Autowired PaymentBatchRepository batches;

    @BeforeEach
    void setUp() {
        clearPaymentsDueFromOtherTests();
    }

    @Test
    void grantIsPaidThroughAConfirmedBatchWithItsSepaFile() {
        ProcessInstance application = finalGrant(fixtures.openCall(), 9000);
        ProcessInstance payout = payoutOf(application);
        assertThat(payout).isWaitingAt("awaitPaymentSettled").hasPassed("schedulePayments", "instalmentDue", "markPaymentReady");
        Payment payment = paymentsOf(application).get(0);
        Assertions.assertThat(payment.getStatus()).isEqualTo(Payment.Status.READY);
        Assertions.assertThat(payment.getAmount()).isEqualByComparingTo("9000");

        ProcessInstance batch = runtimeService.startProcessInstanceByMessage(ProcessKeys.MESSAGE_PAYMENT_BATCH_REQUESTED);
        assertThat(batch).isWaitingAt("confirmPaymentBatch").task().hasCandidateGroup(Groups.FINANCE);
        PaymentBatch made = batches.findById(((Number) runtimeService.getVariable(batch.getId(), Variables.BATCH_ID)).longValue()).orElseThrow();
        String sepa = new String(made.getSepaFile(), StandardCharsets.UTF_8);
        Assertions.assertThat(sepa).contains("pain.001.001.03", "FI2112345600000785", "9000.00", application.getBusinessKey() + "-1");
        Assertions.assertThat(new String(made.getCsvFile(), StandardCharsets.UTF_8)).contains(application.getBusinessKey() + "-1");
        Assertions.assertThat(taskService.getVariableLocal(fixtures.task(batch.getId()).getId(), Variables.CASE_SUMMARY).toString())
                .contains("/payment-batches/" + made.getId() + "/pain001.xml", application.getBusinessKey() + "-1");

        fixtures.complete(fixtures.task(batch.getId()), "tapio", Map.of());
        Assertions.assertThat(runtimeService.getVariable(batch.getId(), Variables.BATCH_PAYMENT_IDS)).isEqualTo(List.of(payment.getId()));
        fixtures.executeDueJobs();

        assertThat(batch).isEnded().hasPassed("savePaymentBatchResult", "notifyPaymentResult", "batchDone");
        assertThat(payout).isEnded().hasPassed("instalmentPaid", "grantPaid");
        assertThat(application).isWaitingAt("followUpReport").hasPassed("payGrant");
        Payment paid = paymentsOf(application).get(0);
        Assertions.assertThat(paid.getStatus()).isEqualTo(Payment.Status.PAID);
        Assertions.assertThat(paid.getPaidOn()).isEqualTo(LocalDate.ofInstant(Now.instant(), Now.HELSINKI));
        Assertions.assertThat(batches.findById(made.getId()).orElseThrow().getConfirmedBy()).isEqualTo("tapio");
    }

    @Test
    void returnedPaymentIsCorrectedByTheLiaisonOfficerAndPaidInTheNextBatch() {
        ProcessInstance application = finalGrant(fixtures.openCall(), 9000);
        String reference = application.getBusinessKey() + "-1";
        assertThatThrownBy(() -> fixtures.runPaymentBatch(Map.of("failure1Payment", "XX-1", "failure1Reason", "?")))
                .isInstanceOf(InvalidInputException.class).hasMessage("Maksua XX-1 ei ole tässä maksuerässä.");

        fixtures.complete(confirmationTask(), "tapio", Map.of("failure1Payment", reference, "failure1Reason", "Tili lopetettu"));
        fixtures.executeDueJobs();

        ProcessInstance payout = payoutOf(application);
        assertThat(payout).isWaitingAt("correctPayment").task().hasCandidateGroup(Groups.LIAISON_OFFICERS);
        Assertions.assertThat(paymentsOf(application).get(0).getStatus()).isEqualTo(Payment.Status.FAILED);
        Assertions.assertThat(taskService.getVariableLocal(fixtures.task(payout.getId()).getId(), Variables.CASE_SUMMARY).toString())
                .contains("Tili lopetettu");
        assertThatThrownBy(() -> fixtures.complete(fixtures.task(payout.getId()), "liisa", Map.of("correctedIban", "FI00 0000")))
                .hasMessage("Tilinumero FI00 0000 ei ole kelvollinen IBAN-tilinumero.");

        fixtures.complete(fixtures.task(payout.getId()), "liisa", Map.of("correctedIban", "FI49 5000 9420 0287 30"));
        assertThat(payout).isWaitingAt("awaitPaymentSettled").hasPassed("saveCorrectedPayment");
        Assertions.assertThat(paymentsOf(application).get(0).getIban()).isEqualTo("FI4950009420028730");

        fixtures.runPaymentBatch(Map.of());
        assertThat(application).isWaitingAt("followUpReport");
        Assertions.assertThat(paymentsOf(application).get(0).getStatus()).isEqualTo(Payment.Status.PAID);
    }

    @Test
    void instalmentsFallDueThreeMonthsApart() {
        ProcessInstance application = finalGrant(fixtures.openCall(2), 9001);
        List<Payment> scheduled = paymentsOf(application);
        Assertions.assertThat(scheduled).extracting(Payment::getAmount).map(Object::toString).containsExactly("4500.50", "4500.50");
        Assertions.assertThat(scheduled.get(1).getDueOn()).isEqualTo(scheduled.get(0).getDueOn().plusMonths(3));

        fixtures.runPaymentBatch(Map.of());
        ProcessInstance payout = payoutOf(application);
        assertThat(payout).isWaitingAt("instalmentDue");
        assertThat(fixtures.runPaymentBatch(Map.of())).isEnded().hasPassed("nothingDue");

        ClockUtil.setCurrentTime(Date.from(scheduled.get(1).getDueOn().atStartOfDay(Now.HELSINKI).toInstant().plus(Duration.ofHours(1))));
        fixtures.executeDueJobs();
        fixtures.runPaymentBatch(Map.of());

        assertThat(application).isWaitingAt("followUpReport");
        Assertions.assertThat(paymentsOf(application)).allSatisfy(p -> Assertions.assertThat(p.getStatus()).isEqualTo(Payment.Status.PAID));
    }

    @Test
    void batchStartsByItselfOnTheMorningOfAWorkingDay() {
        org.camunda.bpm.engine.runtime.Job timer = engine.getManagementService().createJobQuery()
                .processDefinitionKey(ProcessKeys.PAYMENT_BATCH_PROCESS).timers().singleResult();
        Assertions.assertThat(timer.getDuedate().toInstant().atZone(java.time.ZoneId.systemDefault()).getHour())
                .as("cron times are the JVM's local time; production runs with TZ=Europe/Helsinki").isEqualTo(8);

        engine.getManagementService().executeJob(timer.getId());

        Assertions.assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().activityId("paymentDay").count())
                .isPositive();
    }

    @Test
    void batchWithNothingDueEndsAtOnce() {
        ProcessInstance batch = runtimeService.startProcessInstanceByMessage(ProcessKeys.MESSAGE_PAYMENT_BATCH_REQUESTED);

        assertThat(batch).isEnded().hasPassed("nothingDue").hasNotPassed("exportPaymentBatch");
    }

    @Test
    void associationDecliningTheGrantCancelsWhatIsUnpaid() {
        ProcessInstance application = finalGrant(fixtures.openCall(2), 8000);
        fixtures.runPaymentBatch(Map.of());

        runtimeService.createMessageCorrelation(ProcessKeys.MESSAGE_GRANT_DECLINED)
                .processInstanceBusinessKey(application.getBusinessKey()).correlate();

        assertThat(application).isWaitingAt("acknowledgeDeclinedGrant").hasPassed("grantDeclinedByAssociation", "recordGrantDeclined");
        Assertions.assertThat(paymentsOf(application)).extracting(Payment::getStatus)
                .containsExactly(Payment.Status.PAID, Payment.Status.CANCELLED);
        Assertions.assertThat(taskService.getVariableLocal(fixtures.task(application.getId()).getId(), Variables.CASE_SUMMARY).toString()
                .replace('\u00a0', ' ').replace('\u202f', ' ')).contains("4 000,00 €");
        Assertions.assertThat(applicationOf(application).getGrantDeclinedAt()).isNotNull();

        fixtures.complete(fixtures.task(application.getId()), "liisa", Map.of());
        assertThat(application).isEnded().hasPassed("grantDeclinedEnd");
        Assertions.assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.PAYOUT_PROCESS)
                .processInstanceBusinessKey(application.getBusinessKey()).count()).isZero();
    }

    /** An application granted the amount, its decision final, so its payout has begun. */
    private ProcessInstance finalGrant(GrantCall call, int amount) {
        java.util.Map<String, Object> form = ProcessFixtures.application(call.getCode());
        form.put("requestedAmount", amount);
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(ProcessKeys.APPLICATION_PROCESS, form);
        fixtures.executeDueJobs();
        fixtures.complete(fixtures.task(instance.getId()), "maija", ProcessFixtures.scoredReview(amount));
        fixtures.executeDueJobs();
        decisionDispatch.dispatch(applicationOf(instance).getId());
        fixtures.executeDueJobs();
        fixtures.passRectificationPeriod();
        assertThat(instance).isWaitingAt("payGrant");
        return instance;
    }

    /** Payments other tests left ready would join this test's batches. */
    private void clearPaymentsDueFromOtherTests() {
        payments.findByStatusOrderById(Payment.Status.READY).forEach(payment -> {
            payment.cancel();
            payments.save(payment);
        });
    }

    private org.camunda.bpm.engine.task.Task confirmationTask() {
        return taskService.createTaskQuery().processDefinitionKey(ProcessKeys.PAYMENT_BATCH_PROCESS).active()
                .orderByTaskCreateTime().desc().list().get(0);
    }

    private ProcessInstance payoutOf(ProcessInstance application) {
        return runtimeService.createProcessInstanceQuery().superProcessInstanceId(application.getId()).singleResult();
    }

    private List<Payment> paymentsOf(ProcessInstance application) {
        return payments.findByCaseNumberOrderByInstalment(applicationOf(application).getApplicationNumber());
    }

    private GrantApplication applicationOf(ProcessInstance instance) {
        return applications.findByApplicationNumber(instance.getBusinessKey()).orElseThrow();
    }
}
