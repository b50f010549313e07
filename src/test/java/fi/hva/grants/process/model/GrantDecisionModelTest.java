package fi.hva.grants.process.model;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.Date;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Both branches of the decision notice's event-based gateway: the rectification period ends, or a request arrives. */
@Deployment(resources = "processes/grant-decision.bpmn")
class GrantDecisionModelTest {

    @RegisterExtension
    static final ProcessEngineExtension extension = ModelEngine.extension();

    private ModelEngine engine;

    @BeforeEach
    void deployModelWithMocks() {
        engine = ModelEngine.start(extension, "processes/grant-decision.bpmn");
        engine.register("decisionNotices", new DecisionNotices());
    }

    @AfterEach
    void removeMocks() {
        ModelEngine.stop();
    }

    @Test
    void withoutRectificationRequestTheDecisionBecomesFinalWhenThePeriodEnds() throws Exception {
        ProcessInstance instance = sent();

        execute(job("rectificationPeriodEnded", instance));

        assertThat(instance).isEnded()
                .hasPassedInOrder("rectificationGateway", "rectificationPeriodEnded", "finalMerge", "markDecisionFinal",
                        "decisionFinal")
                .hasNotPassed("rectificationRequested", "handleRectification", "appealPeriodEnded");
        verify(engine.delegate("createDecisionLetterDelegate"), times(1)).execute(any());
        verify(engine.delegate("markDecisionFinalDelegate")).execute(any());
    }

    @Test
    void rectificationRequestIsDecidedAndTheDecisionBecomesFinalAfterTheAppealPeriod() throws Exception {
        ProcessInstance instance = sent();

        runtimeService().createMessageCorrelation("RectificationRequested").processInstanceId(instance.getId())
                .correlate();
        assertThat(instance).isWaitingAt("recordRectificationDecision");
        assertThat(task("recordRectificationDecision", instance)).hasCandidateGroup("board-secretaries");
        complete(task("recordRectificationDecision", instance));
        execute(job("sendRectificationLetter", instance));
        assertThat(instance).isWaitingAt("appealPeriodEnded");
        execute(job("appealPeriodEnded", instance));

        assertThat(instance).isEnded()
                .hasPassedInOrder("rectificationGateway", "rectificationRequested", "saveRectificationDecision",
                        "createRectificationLetter", "sendRectificationLetter", "appealPeriodEnded", "finalMerge",
                        "markDecisionFinal")
                .hasNotPassed("rectificationPeriodEnded");
        verify(engine.delegate("createDecisionLetterDelegate"), times(2)).execute(any());
        verify(engine.delegate("sendDecisionLetterDelegate"), times(2)).execute(any());
    }

    /** The decision letter made and sent; the instance waits at the event-based gateway. */
    private ProcessInstance sent() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("grantDecision", "HA-2027-001",
                java.util.Map.of("applicationId", 1L, "decisionOutcome", "GRANTED"));
        execute(job("sendDecisionLetter", instance));
        assertThat(instance).isWaitingAt("rectificationGateway");
        return instance;
    }

    /** The periods' ends; the tests fire the timers by hand. */
    public static class DecisionNotices {
        public Date rectificationPeriodEnds(Object applicationId) {
            return new Date(4_102_444_800_000L);
        }

        public Date appealPeriodEnds(Object applicationId) {
            return new Date(4_102_444_800_000L);
        }
    }
}
