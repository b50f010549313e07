package fi.hva.grants.process.model;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.Date;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Both branches of the cooperation agreement's approval and continuation gateways. */
@Deployment(resources = "processes/cooperation-agreement.bpmn")
class CooperationAgreementModelTest {

    @RegisterExtension
    static final ProcessEngineExtension extension = ModelEngine.extension();

    private ModelEngine engine;

    @BeforeEach
    void deployModelWithMocks() {
        engine = ModelEngine.start(extension, "processes/cooperation-agreement.bpmn");
        engine.register("cooperationAgreements", new CooperationAgreements());
    }

    @AfterEach
    void removeMocks() {
        ModelEngine.stop();
    }

    @Test
    void agreementReturnedByTheBoardIsPreparedAgain() throws Exception {
        ProcessInstance instance = started();
        complete(task("prepareAgreement", instance));
        assertThat(task("approveAgreement", instance)).hasCandidateGroup("board-secretaries");

        complete(task("approveAgreement", instance), withVariables("agreementApproved", false));

        assertThat(instance).isWaitingAt("prepareAgreement").hasNotPassed("recordSignatures");
        Assertions.assertThat(passes(instance, "prepareAgreement")).isEqualTo(2);
        verify(engine.delegate("agreementApprovalTask")).execute(any());
    }

    @Test
    void approvedAgreementIsSignedAndWaitsForItsReview() {
        ProcessInstance instance = signed();

        assertThat(instance).isWaitingAt("reviewApproaching")
                .hasPassedInOrder("agreementApprovedGateway", "recordSignatures", "saveSignatures", "reviewMerge");
    }

    @Test
    void renewedAgreementWaitsForItsNextReview() throws Exception {
        ProcessInstance instance = atContinuation(signed());

        complete(task("decideContinuation", instance), withVariables("agreementRenewed", true));

        assertThat(instance).isWaitingAt("reviewApproaching").hasNotPassed("agreementPeriodEnded");
        Assertions.assertThat(passes(instance, "reviewMerge")).isEqualTo(2);
        verify(engine.delegate("continuationTask")).execute(any());
        verify(engine.delegate("sendAgreementReviewReminderDelegate"), times(1)).execute(any());
    }

    @Test
    void agreementNotRenewedEndsWithItsPeriod() throws Exception {
        ProcessInstance instance = atContinuation(signed());

        complete(task("decideContinuation", instance), withVariables("agreementRenewed", false));
        assertThat(instance).isWaitingAt("agreementPeriodEnded");
        execute(job("agreementPeriodEnded", instance));

        assertThat(instance).isEnded()
                .hasPassedInOrder("agreementRenewedGateway", "agreementPeriodEnded", "markAgreementEnded",
                        "agreementEnded");
        Assertions.assertThat(passes(instance, "reviewApproaching")).isEqualTo(1);
        verify(engine.delegate("markAgreementEndedDelegate")).execute(any());
    }

    private ProcessInstance started() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("cooperationAgreement", "YS-2027-001",
                java.util.Map.of("agreementId", 1L));
        assertThat(instance).isWaitingAt("prepareAgreement");
        assertThat(task("prepareAgreement", instance)).hasCandidateGroup("partnership-managers");
        return instance;
    }

    private ProcessInstance signed() {
        ProcessInstance instance = started();
        complete(task("prepareAgreement", instance));
        complete(task("approveAgreement", instance), withVariables("agreementApproved", true));
        assertThat(instance).isWaitingAt("recordSignatures");
        complete(task("recordSignatures", instance));
        return instance;
    }

    private static ProcessInstance atContinuation(ProcessInstance instance) {
        execute(job("reviewApproaching", instance));
        execute(job("sendReviewReminder", instance));
        assertThat(instance).isWaitingAt("decideContinuation");
        return instance;
    }

    private static long passes(ProcessInstance instance, String activityId) {
        return historyService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId(activityId).count();
    }

    /** The agreement's review and end dates; the tests fire the timers by hand. */
    public static class CooperationAgreements {
        public Date reviewDue(Object agreementId) {
            return new Date(4_102_444_800_000L);
        }

        public Date periodEnds(Object agreementId) {
            return new Date(4_102_444_800_000L);
        }
    }
}
