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

/**
 * The branches of the decision notice: by e-mail or posted by the registry office; the applicant's period ends, the
 * minutes are published before or after it, and a request arrives from the applicant or a member in either period.
 */
@Deployment(resources = "processes/grant-decision.bpmn")
class GrantDecisionModelTest {

    @RegisterExtension
    static final ProcessEngineExtension extension = ModelEngine.extension();

    private ModelEngine engine;
    private DecisionNotices notices;

    @BeforeEach
    void deployModelWithMocks() {
        engine = ModelEngine.start(extension, "processes/grant-decision.bpmn");
        notices = new DecisionNotices();
        engine.register("decisionNotices", notices);
    }

    @AfterEach
    void removeMocks() {
        ModelEngine.stop();
    }

    @Test
    void withoutRectificationRequestTheDecisionBecomesFinalWhenTheMembersPeriodEnds() throws Exception {
        notices.minutesPublished = true;
        ProcessInstance instance = sent();

        execute(job("rectificationPeriodEnded", instance));
        assertThat(instance).isWaitingAt("membersGateway");
        execute(job("membersPeriodEnded", instance));

        assertThat(instance).isEnded()
                .hasPassedInOrder("rectificationGateway", "rectificationPeriodEnded", "minutesGateway", "membersPeriodMerge",
                        "membersGateway", "membersPeriodEnded", "finalMerge", "markDecisionFinal", "decisionFinal")
                .hasNotPassed("rectificationRequested", "minutesWaitGateway", "handleRectification", "appealPeriodEnded");
        verify(engine.delegate("createDecisionLetterDelegate"), times(1)).execute(any());
        verify(engine.delegate("markDecisionFinalDelegate")).execute(any());
    }

    @Test
    void withoutConsentTheLetterIsPostedAndFinalityWaitsForTheMinutes() throws Exception {
        notices.electronic = false;
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("grantDecision", "HA-2027-002",
                java.util.Map.of("applicationId", 2L, "decisionOutcome", "GRANTED"));
        assertThat(instance).isWaitingAt("postDecisionLetter");
        assertThat(task("postDecisionLetter", instance)).hasCandidateGroup("registry-office");
        complete(task("postDecisionLetter", instance));
        assertThat(instance).isWaitingAt("rectificationGateway").hasPassed("recordDecisionPosting").hasNotPassed("sendDecisionLetter");

        execute(job("rectificationPeriodEnded", instance));
        assertThat(instance).isWaitingAt("minutesWaitGateway");
        runtimeService().createMessageCorrelation("MinutesPublished").processInstanceId(instance.getId()).correlate();
        assertThat(instance).isWaitingAt("membersGateway").hasPassed("minutesPublished");
        runtimeService().createMessageCorrelation("RectificationRequested").processInstanceId(instance.getId()).correlate();

        assertThat(instance).isWaitingAt("recordRectificationDecision").hasPassed("membersRectificationRequested", "requestMerge");
        complete(task("recordRectificationDecision", instance));
        assertThat(instance).isWaitingAt("postRectificationLetter");
        complete(task("postRectificationLetter", instance));
        assertThat(instance).isWaitingAt("appealPeriodEnded").hasPassed("recordRectificationPosting", "rectificationNoticeMerge");
        verify(engine.delegate("sendDecisionLetterDelegate"), times(0)).execute(any());
        verify(engine.delegate("letterPostingTask"), times(2)).execute(any());
    }

    @Test
    void aRequestWhileTheMinutesAreAwaitedGoesToTheDecisionBody() {
        ProcessInstance instance = sent();
        execute(job("rectificationPeriodEnded", instance));
        assertThat(instance).isWaitingAt("minutesWaitGateway");

        runtimeService().createMessageCorrelation("RectificationRequested").processInstanceId(instance.getId()).correlate();

        assertThat(instance).isWaitingAt("recordRectificationDecision")
                .hasPassed("rectificationRequestedBeforeMinutes", "requestMerge").hasNotPassed("minutesPublished");
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

    /** The channel and the minutes as a test sets them; the periods' ends are far off, the tests fire the timers by hand. */
    public static class DecisionNotices {
        boolean electronic = true;
        boolean minutesPublished;

        public boolean electronic(Object applicationId) {
            return electronic;
        }

        public boolean minutesPublished(Object applicationId) {
            return minutesPublished;
        }

        public Date rectificationPeriodEnds(Object applicationId) {
            return new Date(4_102_444_800_000L);
        }

        public Date membersPeriodEnds(Object applicationId) {
            return new Date(4_102_444_800_000L);
        }

        public Date appealPeriodEnds(Object applicationId) {
            return new Date(4_102_444_800_000L);
        }
    }
}
