package fi.hva.grants.process.model;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.Date;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Both branches of the payout model's "was the payment made" gateway, for each instalment. */
@Deployment(resources = "processes/grant-payout.bpmn")
class GrantPayoutModelTest {

    @RegisterExtension
    static final ProcessEngineExtension extension = ModelEngine.extension();

    private ModelEngine engine;
    private final Payments payments = new Payments();

    @BeforeEach
    void deployModelWithMocks() {
        engine = ModelEngine.start(extension, "processes/grant-payout.bpmn");
        engine.register("payments", payments);
    }

    @AfterEach
    void removeMocks() {
        ModelEngine.stop();
    }

    @Test
    void everyInstalmentPaidEndsThePayout() throws Exception {
        ProcessInstance instance = start();

        payInstalment(instance, true);
        payInstalment(instance, true);

        assertThat(instance).isEnded().hasPassed("paidGateway", "instalmentPaid", "grantPaid")
                .hasNotPassed("correctPayment");
        verify(engine.delegate("markPaymentReadyDelegate"), times(2)).execute(any());
    }

    @Test
    void failedPaymentIsCorrectedAndAwaitedAgain() throws Exception {
        ProcessInstance instance = start();

        payInstalment(instance, false);
        assertThat(instance).isWaitingAt("correctPayment");
        assertThat(task("correctPayment", instance)).hasCandidateGroup("liaison-officers");
        complete(task("correctPayment", instance));
        assertThat(instance).isWaitingAt("awaitPaymentSettled").hasPassed("saveCorrectedPayment", "settleMerge");
        settle(instance, true);
        payInstalment(instance, true);

        assertThat(instance).isEnded();
        Assertions.assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId("awaitPaymentSettled").count()).isEqualTo(3);
        verify(engine.delegate("paymentCorrectionTask")).execute(any());
    }

    private ProcessInstance start() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("grantPayout", "HA-2027-001",
                java.util.Map.of("applicationId", 1L));
        assertThat(instance).isWaitingAt("instalmentDue");
        return instance;
    }

    /** The instalment's due date passes, it goes to payment, and the bank answers. */
    private void payInstalment(ProcessInstance instance, boolean paid) {
        execute(job("instalmentDue", instance));
        settle(instance, paid);
    }

    private void settle(ProcessInstance instance, boolean paid) {
        payments.paid = paid;
        runtimeService().createMessageCorrelation("PaymentSettled").processInstanceId(instance.getId()).correlate();
    }

    /** Two instalments; whether each settlement paid is what the test queued. */
    public static class Payments {
        boolean paid;

        public List<Long> idsOfCase(String businessKey) {
            return List.of(11L, 12L);
        }

        public Date dueAt(Object paymentId) {
            return new Date(4_102_444_800_000L);
        }

        /** Asked by both conditions of the gateway: the answer stays until the next settlement. */
        public boolean isPaid(Object paymentId) {
            return paid;
        }
    }
}
