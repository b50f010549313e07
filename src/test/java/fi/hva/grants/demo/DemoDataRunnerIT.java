package fi.hva.grants.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import fi.hva.grants.association.AssociationRepository;
import fi.hva.grants.association.BusinessId;
import fi.hva.grants.call.CallStatus;
import fi.hva.grants.call.GrantCall;
import fi.hva.grants.call.GrantCallRepository;
import fi.hva.grants.common.Now;
import fi.hva.grants.grant.ApplicationStatus;
import fi.hva.grants.grant.Channel;
import fi.hva.grants.grant.GrantApplication;
import fi.hva.grants.grant.GrantApplicationRepository;
import fi.hva.grants.grant.InfoRequest;
import fi.hva.grants.grant.InfoRequestRepository;
import fi.hva.grants.lahella.ListingProperties;
import fi.hva.grants.process.ProcessKeys;
import fi.hva.grants.region.RegionProperties;
import fi.hva.grants.security.Groups;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.iban4j.IbanUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo data as the runner leaves it at start-up; the test profile has no job executor. */
@DemoDataTest
class DemoDataRunnerIT {

    @Autowired
    DemoDataRunner runner;

    @Autowired
    GrantCallRepository calls;

    @Autowired
    GrantApplicationRepository applications;

    @Autowired
    AssociationRepository associations;

    @Autowired
    InfoRequestRepository infoRequests;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    @Autowired
    IdentityService identityService;

    @Autowired
    RegionProperties region;

    @Autowired
    ListingProperties listing;

    @BeforeEach
    void runAsEngine() {
        identityService.clearAuthentication();
    }

    @Test
    void operatingGrantCallForNextYearIsOpenNow() {
        GrantCall open = callWithStatus(CallStatus.OPEN);
        assertThat(open.getGrantYear()).isEqualTo(LocalDate.ofInstant(Now.instant(), Now.HELSINKI).getYear() + 1);
        assertThat(open.acceptsApplicationsAt(Now.instant())).isTrue();
        assertThat(open.getCriteria()).hasSize(region.defaultCriteria().size());
        // Only the closing timer is left, weeks ahead.
        assertThat(managementService.createJobQuery().processInstanceId(open.getProcessInstanceId()).timers().count())
                .isEqualTo(1);
        assertThat(managementService.createJobQuery().processInstanceId(open.getProcessInstanceId()).executable().count())
                .isZero();
    }

    @Test
    void secondCallWaitsForApprovalAndThirdForPreparation() {
        assertThat(calls.findAll()).extracting(GrantCall::getStatus)
                .containsExactlyInAnyOrder(CallStatus.OPEN, CallStatus.AWAITING_APPROVAL, CallStatus.DRAFT);
        assertThat(openTasks("recordCallApproval", Groups.BOARD_SECRETARIES))
                .isEqualTo(1);
        assertThat(processInstanceOfTask("recordCallApproval"))
                .isEqualTo(callWithStatus(CallStatus.AWAITING_APPROVAL).getProcessInstanceId());
        assertThat(openTasks("prepareCall", Groups.LIAISON_OFFICERS)).isEqualTo(1);
        assertThat(processInstanceOfTask("prepareCall"))
                .isEqualTo(callWithStatus(CallStatus.DRAFT).getProcessInstanceId());
    }

    @Test
    void reviewsWaitForTheGroupsTheRoutingTableChose() {
        assertThat(openTasks("reviewApplication", Groups.AREA_MENTAL_HEALTH)).isEqualTo(1);
        assertThat(openTasks("reviewApplication", Groups.AREA_ELDERLY)).isEqualTo(1);
        assertThat(openTasks("reviewApplication", Groups.AREA_FAMILY)).isEqualTo(1);
        assertThat(openTasks("reviewApplication", Groups.AREA_DISABILITY)).isEqualTo(1);
        assertThat(openTasks("reviewApplication", Groups.LIAISON_OFFICERS)).isEqualTo(1);
        assertThat(openTasks("checkListingManually", Groups.LIAISON_OFFICERS)).isEqualTo(1);
        assertThat(taskService.createTaskQuery().processDefinitionKey(ProcessKeys.APPLICATION_PROCESS).count())
                .as("every open application task, none assigned")
                .isEqualTo(6);
        assertThat(taskService.createTaskQuery().taskAssigned().count()).isZero();
    }

    @Test
    void applicationsStandAtTheirSteps() {
        List<GrantApplication> all = applications.findAll();
        assertThat(all).hasSize(8);
        assertThat(all).allSatisfy(application -> assertThat(application.getApplicationNumber())
                .startsWith(callWithStatus(CallStatus.OPEN).getCode() + "-"));
        Map<ApplicationStatus, Long> statuses = all.stream()
                .collect(Collectors.groupingBy(GrantApplication::getStatus, Collectors.counting()));
        assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of(
                ApplicationStatus.RECEIVED, 1L,
                ApplicationStatus.IN_REVIEW, 5L,
                ApplicationStatus.AWAITING_INFO, 1L,
                ApplicationStatus.REVIEWED, 1L));
        assertThat(all).filteredOn(application -> application.getChannel() == Channel.PAPER).hasSize(1);
        assertThat(associations.count()).isEqualTo(8);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.APPLICATION_PROCESS)
                .active().count()).isEqualTo(8);
    }

    @Test
    void reviewedApplicationHasScoresAndProposal() {
        GrantApplication reviewed = single(ApplicationStatus.REVIEWED);
        assertThat(reviewed.getReviewedBy()).isEqualTo(DemoData.MENTAL_HEALTH_REVIEWER);
        assertThat(reviewed.getReviewerGroup()).isEqualTo(Groups.AREA_MENTAL_HEALTH);
        // Scores 5, 4, 4, 3 with Kainuu's weights 30, 30, 20, 20.
        assertThat(reviewed.getTotalScore()).isEqualByComparingTo("4.10");
        assertThat(reviewed.getProposedAmount()).isEqualByComparingTo(BigDecimal.valueOf(20_000));
        assertThat(runtimeService.createExecutionQuery().processInstanceId(reviewed.getProcessInstanceId())
                .activityId("awaitBoardDecision").count()).isEqualTo(1);
    }

    @Test
    void applicationAwaitingInformationWaitsForAnswerOrDeadline() {
        GrantApplication awaiting = single(ApplicationStatus.AWAITING_INFO);
        InfoRequest request = infoRequests.findFirstByApplicationIdAndStatus(awaiting.getId(), InfoRequest.Status.PENDING)
                .orElseThrow();
        assertThat(request.getRequestedBy()).isEqualTo(DemoData.ELDERLY_REVIEWER);
        // The deadline is the whole 14th day: its timer fires when the next day begins.
        assertThat(LocalDate.ofInstant(request.getDeadline(), Now.HELSINKI))
                .isEqualTo(LocalDate.ofInstant(Now.instant(), Now.HELSINKI).plusDays(15));
        assertThat(runtimeService.createEventSubscriptionQuery().processInstanceId(awaiting.getProcessInstanceId())
                .eventName(ProcessKeys.MESSAGE_INFO_RECEIVED).count()).isEqualTo(1);
        assertThat(taskService.createTaskQuery().processInstanceId(awaiting.getProcessInstanceId()).count()).isZero();
    }

    @Test
    void sportsClubIsFlaggedAsMunicipalActivity() {
        assertThat(applications.findAll()).filteredOn(application -> Boolean.TRUE.equals(application.getMunicipalActivity()))
                .extracting(GrantApplication::getActivityType)
                .containsExactly("SPORTS");
    }

    @Test
    void partnershipManagerHasAnInitiativeToAssessAndAYearToConfirm() {
        assertThat(openTasks("assessInitiative", Groups.PARTNERSHIP_MANAGERS)).isEqualTo(1);
        assertThat(openTasks("confirmYear", Groups.PARTNERSHIP_MANAGERS)).isEqualTo(1);
        assertThat(runtimeService.createExecutionQuery().activityId("awaitFundingDecision").count()).isEqualTo(1);
        assertThat(runtimeService.createExecutionQuery().activityId("awaitCountyBudget").count()).isEqualTo(2);
    }

    @Test
    void secondRunCreatesNothingNew() {
        Map<String, Long> before = counts();

        runner.run();

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void demoAssociationsPassTheApplicationChecks() {
        List<DemoData.DemoAssociation> demoAssociations = DemoData.APPLICATIONS.stream()
                .map(DemoData.DemoApplication::association).toList();
        assertThat(demoAssociations).extracting(DemoData.DemoAssociation::businessId).doesNotHaveDuplicates()
                .allMatch(BusinessId::isValid);
        assertThat(demoAssociations).extracting(DemoData.DemoAssociation::iban)
                .allSatisfy(iban -> assertThatCode(() -> IbanUtil.validate(iban.replace(" ", ""))).doesNotThrowAnyException());
        assertThat(demoAssociations).extracting(DemoData.DemoAssociation::municipality)
                .allMatch(region.municipalities()::contains);
        assertThat(demoAssociations).extracting(DemoData.DemoAssociation::businessId)
                .filteredOn(listing.localListed()::contains)
                .containsExactlyInAnyOrder("0201256-6", "1059547-4");
    }

    private long openTasks(String taskKey, String groupId) {
        return taskService.createTaskQuery().taskDefinitionKey(taskKey).taskCandidateGroup(groupId).count();
    }

    private String processInstanceOfTask(String taskKey) {
        return taskService.createTaskQuery().taskDefinitionKey(taskKey).singleResult().getProcessInstanceId();
    }

    private GrantCall callWithStatus(CallStatus status) {
        List<GrantCall> matching = calls.findAll().stream().filter(call -> call.getStatus() == status).toList();
        assertThat(matching).as("calls with status %s", status).hasSize(1);
        return matching.get(0);
    }

    private GrantApplication single(ApplicationStatus status) {
        List<GrantApplication> matching = applications.findAll().stream()
                .filter(application -> application.getStatus() == status).toList();
        assertThat(matching).as("applications with status %s", status).hasSize(1);
        return matching.get(0);
    }

    private Map<String, Long> counts() {
        return Map.of(
                "calls", calls.count(),
                "applications", applications.count(),
                "associations", associations.count(),
                "processInstances", runtimeService.createProcessInstanceQuery().count(),
                "tasks", taskService.createTaskQuery().count(),
                "jobs", managementService.createJobQuery().count());
    }
}
