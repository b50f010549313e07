package fi.hva.grants.process.model;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.Date;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every branch of the application model's gateways, with the delegates mocked and the called processes stubbed. */
@Deployment(resources = {"processes/grant-application.bpmn", "processes/review-routing.dmn",
        "processes/municipal-responsibility.dmn", "processes/application-eligibility.dmn"})
class GrantApplicationModelTest {

    @RegisterExtension
    static final ProcessEngineExtension extension = ModelEngine.extension();

    private ModelEngine engine;

    @BeforeEach
    void deployModelWithMocks() {
        engine = ModelEngine.start(extension, "processes/grant-application.bpmn");
        engine.register("routingFacts", new RoutingFacts());
        engine.register("eligibilityFacts", new EligibilityFacts());
        engine.register("infoRequests", new InfoRequests());
        // The decision notice hands the board's outcome back; payout waits for a stand-in task so that the
        // association can still decline while it runs; the use report ends at once.
        engine.deployStub(Bpmn.createExecutableProcess("grantDecision").camundaHistoryTimeToLive(1)
                .startEvent().endEvent().done());
        engine.deployStub(Bpmn.createExecutableProcess("grantPayout").camundaHistoryTimeToLive(1)
                .startEvent().userTask("payoutStub").endEvent().done());
        engine.deployStub(Bpmn.createExecutableProcess("grantReport").camundaHistoryTimeToLive(1)
                .startEvent().endEvent().done());
    }

    @AfterEach
    void removeMocks() {
        ModelEngine.stop();
    }

    @Test
    void applicationInTimeWithListingDecidedGoesStraightToReview() {
        ProcessInstance instance = start(false);
        listingCheckAnswers("LISTED");

        execute(job("checkListing", instance));
        assertThat(instance).isWaitingAt("checkRegister");
        execute(job("checkRegister", instance));

        assertThat(instance).isWaitingAt("reviewApplication")
                .hasPassed("registerApplication", "lateGateway", "checkListing", "listingGateway", "listingMerge", "checkRegister",
                        "routeReview", "assessMunicipalResponsibility", "recordRouting")
                .hasNotPassed("checkListingManually", "callDecidedGateway");
        assertThat(task("reviewApplication", instance)).hasCandidateGroup("area-elderly");
        assertThat(instance).variables().containsEntry("municipalActivity", false);
    }

    @Test
    void undecidedListingIsCheckedByHandBeforeReview() throws Exception {
        ProcessInstance instance = start(false);
        listingCheckAnswers("UNDECIDED");
        execute(job("checkListing", instance));

        assertThat(instance).isWaitingAt("checkListingManually");
        assertThat(task("checkListingManually", instance)).hasCandidateGroup("liaison-officers");
        complete(task("checkListingManually", instance));
        execute(job("checkRegister", instance));

        assertThat(instance).isWaitingAt("reviewApplication").hasPassed("saveListingCheck", "listingMerge");
        verify(engine.delegate("listingCheckTask")).execute(any());
    }

    @Test
    void registerCheckRunsAsItsOwnJobAfterTheListingOnTheListingsRetryCycle() throws Exception {
        ProcessInstance instance = start(false);
        listingCheckAnswers("LISTED");
        execute(job("checkListing", instance));
        doThrow(new IllegalStateException("PRH down")).when(engine.delegate("checkRegisterDelegate")).execute(any());

        Job registerJob = job("checkRegister", instance);
        Assertions.assertThatThrownBy(() -> managementService().executeJob(registerJob.getId())).hasMessageContaining("PRH down");

        Assertions.assertThat(managementService().createJobQuery().jobId(registerJob.getId()).singleResult().getRetries())
                .as("R5/PT10M: five attempts, four left after the first").isEqualTo(4);
        assertThat(instance).isWaitingAt("checkRegister").hasPassed("listingMerge").hasNotPassed("routeReview");
        Assertions.assertThat(extension.getRepositoryService().getBpmnModelInstance(instance.getProcessDefinitionId())
                        .<ServiceTask>getModelElementById("checkRegister").isCamundaAsyncBefore()).isTrue();
    }

    @Test
    void scoredReviewIsReportedToTheCallAndWaitsForTheBoard() throws Exception {
        ProcessInstance instance = inReview();

        complete(task("reviewApplication", instance), withVariables("reviewOutcome", "SCORED"));
        execute(job("reportReviewed", instance));

        assertThat(instance).isWaitingAt("awaitBoardDecision")
                .hasPassed("saveReview", "reviewOutcomeGateway", "reportReviewed", "decisionMerge")
                .hasNotPassed("infoGateway");
        verify(engine.delegate("reportReviewCompletedDelegate")).execute(any());
    }

    @Test
    void disqualifiedReviewerSendsTheApplicationBackToReview() {
        ProcessInstance instance = inReview();

        complete(task("reviewApplication", instance), withVariables("reviewOutcome", "DISQUALIFIED"));

        assertThat(instance).isWaitingAt("reviewApplication").hasNotPassed("reportReviewed", "infoGateway");
        Assertions.assertThat(historicCount(instance, "reviewApplication")).isEqualTo(2);
    }

    @Test
    void additionalInformationThatArrivesIsRecordedAndReviewedAgain() {
        ProcessInstance instance = inReview();
        complete(task("reviewApplication", instance), withVariables("reviewOutcome", "NEEDS_INFO"));
        assertThat(instance).isWaitingAt("infoGateway");

        runtimeService().createMessageCorrelation("AdditionalInfoReceived").processInstanceId(instance.getId())
                .correlate();

        assertThat(instance).isWaitingAt("reviewApplication").hasPassed("infoGateway", "recordInfoAnswer")
                .hasNotPassed("infoDeadlinePassed", "recordInfoExpiry");
        Assertions.assertThat(historicCount(instance, "reviewApplication")).isEqualTo(2);
    }

    @Test
    void additionalInformationThatDoesNotArriveInTimeIsRecordedAndReviewedAgain() {
        ProcessInstance instance = inReview();
        complete(task("reviewApplication", instance), withVariables("reviewOutcome", "NEEDS_INFO"));

        execute(job("infoDeadlinePassed", instance));

        assertThat(instance).isWaitingAt("reviewApplication").hasPassed("infoDeadlinePassed", "recordInfoExpiry")
                .hasNotPassed("infoReceived", "recordInfoAnswer");
    }

    @Test
    void overdueReviewNotifiesTheManagersAndTheReviewGoesOn() throws Exception {
        ProcessInstance instance = inReview();

        execute(job("reviewOverdue", instance));
        execute(job("notifyReviewOverdue", instance));

        assertThat(instance).isWaitingAt("reviewApplication").hasPassed("notifyReviewOverdue", "reviewOverdueNotified");
        verify(engine.delegate("notifyReviewOverdueDelegate")).execute(any());
    }

    @Test
    void lateApplicationBeforeTheCallIsDecidedWaitsForTheSameBoardDecision() {
        ProcessInstance instance = start(true, Map.of("arrivedAfterCallDecision", false));

        assertThat(instance).isWaitingAt("awaitBoardDecision").hasPassed("lateGateway", "callDecidedGateway")
                .hasNotPassed("checkListing", "recordLateDecision");
    }

    @Test
    void lateApplicationAfterTheCallIsDecidedGetsADecisionOfItsOwn() {
        ProcessInstance instance = start(true, Map.of("arrivedAfterCallDecision", true));
        assertThat(instance).isWaitingAt("recordLateDecision");
        assertThat(task("recordLateDecision", instance)).hasCandidateGroup("board-secretaries");

        complete(task("recordLateDecision", instance), withVariables("decisionOutcome", "NOT_EXAMINED"));

        assertThat(instance).isEnded().hasPassed("saveLateDecision", "noticeMerge", "noticeDecision", "decisionGateway",
                "applicationNotExamined").hasNotPassed("awaitBoardDecision");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"DECLINED, grantDeclined", "NOT_EXAMINED, applicationNotExamined"})
    void boardDecisionWithoutMoneyEndsTheCase(String outcome, String endEvent) {
        ProcessInstance instance = decided(outcome);

        assertThat(instance).isEnded().hasPassed("decisionGateway", endEvent).hasNotPassed("payGrant");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"GRANTED", "PARTLY_GRANTED"})
    void grantedApplicationIsPaidAndItsUseFollowed(String outcome) {
        ProcessInstance instance = decided(outcome);
        assertThat(instance).isWaitingAt("payGrant");

        complete(task("payoutStub", calledInstance("grantPayout")));

        assertThat(instance).isEnded().hasPassed("payGrant", "followUpReport", "grantAwarded")
                .hasNotPassed("grantDeclined", "applicationNotExamined", "recordGrantDeclined");
    }

    @Test
    void grantDeclinedByTheAssociationDuringPayoutStopsThePayout() throws Exception {
        ProcessInstance instance = decided("GRANTED");

        runtimeService().createMessageCorrelation("GrantDeclined").processInstanceId(instance.getId()).correlate();

        assertThat(instance).isWaitingAt("acknowledgeDeclinedGrant").hasPassed("recordGrantDeclined")
                .hasNotPassed("followUpReport");
        Assertions.assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("grantPayout").count())
                .isZero();
        complete(task("acknowledgeDeclinedGrant", instance));
        assertThat(instance).isEnded().hasPassed("grantDeclinedEnd");
        verify(engine.delegate("recordGrantDeclinedDelegate"), times(1)).execute(any());
    }

    private ProcessInstance start(boolean late) {
        return start(late, Map.of());
    }

    private ProcessInstance start(boolean late, Map<String, Object> variables) {
        return runtimeService().createProcessInstanceByKey("grantApplication").businessKey("HA-2027-001")
                .setVariable("applicationId", 1L).setVariable("lateSubmission", late).setVariables(variables)
                .execute();
    }

    private void listingCheckAnswers(String status) {
        try {
            doAnswer(call -> {
                call.getArgument(0, DelegateExecution.class).setVariable("listingStatus", status);
                return null;
            }).when(engine.delegate("checkListingDelegate")).execute(any());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private ProcessInstance inReview() {
        ProcessInstance instance = start(false);
        listingCheckAnswers("LISTED");
        execute(job("checkListing", instance));
        execute(job("checkRegister", instance));
        assertThat(instance).isWaitingAt("reviewApplication");
        return instance;
    }

    private ProcessInstance decided(String outcome) {
        ProcessInstance instance = start(true, Map.of("arrivedAfterCallDecision", false));
        runtimeService().createMessageCorrelation("BoardDecisionMade").processInstanceId(instance.getId())
                .setVariable("decisionOutcome", outcome).correlate();
        execute(job("awaitBoardDecision", instance));
        return instance;
    }

    private static ProcessInstance calledInstance(String processKey) {
        return runtimeService().createProcessInstanceQuery().processDefinitionKey(processKey).singleResult();
    }

    private static long historicCount(ProcessInstance instance, String activityId) {
        return org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService()
                .createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).activityId(activityId)
                .count();
    }

    /** What the routing table is asked about the application: an operating grant for the elderly. */
    public static class RoutingFacts {
        public String grantForm(Object applicationId) {
            return "OPERATING";
        }

        public String contentArea(Object applicationId) {
            return "HOME_LIVING";
        }

        public String targetGroup(Object applicationId) {
            return "ELDERLY";
        }

        public String activityType(Object applicationId) {
            return "PEER_SUPPORT";
        }
    }

    /** What the eligibility table is asked about the applicant: a Kainuu association that declared itself eligible. */
    public static class EligibilityFacts {
        public String region() {
            return "kainuu";
        }

        public String registeredAssociation(Object applicationId) {
            return "YES";
        }

        public String nonProfit(Object applicationId) {
            return "YES";
        }

        public String officeInRegion(Object applicationId) {
            return "YES";
        }

        public String activityWhollyForRegion(Object applicationId) {
            return "UNANSWERED";
        }

        public String separateBookkeeping(Object applicationId) {
            return "UNANSWERED";
        }

        public String registerStanding(Object applicationId) {
            return "ACTIVE";
        }

        public String registerOfficeInRegion(Object applicationId) {
            return "YES";
        }
    }

    /** The deadline of an information request; the tests fire its timer by hand. */
    public static class InfoRequests {
        public Date deadline(Object applicationId) {
            return new Date(4_102_444_800_000L);
        }
    }
}
