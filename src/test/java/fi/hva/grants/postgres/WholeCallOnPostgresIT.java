package fi.hva.grants.postgres;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fi.hva.grants.call.CallStatus;
import fi.hva.grants.call.GrantCall;
import fi.hva.grants.grant.ApplicationStatus;
import fi.hva.grants.grant.DecisionOutcome;
import fi.hva.grants.grant.GrantApplication;
import fi.hva.grants.grant.GrantApplicationRepository;
import fi.hva.grants.process.CallDriver;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ProcessKeys;
import fi.hva.grants.security.Groups;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PostgresTest
class WholeCallOnPostgresIT {

    /** Content area, target group and the demo reviewer of the group the DMN table routes them to. */
    private record Route(String contentArea, String targetGroup, String reviewerGroup, String reviewer) {
    }

    private static final List<Route> ROUTES = List.of(
            new Route("MENTAL_HEALTH_SUBSTANCE_CRISIS", "WORKING_AGE", Groups.AREA_MENTAL_HEALTH, "maija"),
            new Route("EVERYDAY_FUNCTIONING", "ELDERLY", Groups.AREA_ELDERLY, "eero"),
            new Route("EVERYDAY_FUNCTIONING", "FAMILIES", Groups.AREA_FAMILY, "pirjo"),
            new Route("EVERYDAY_FUNCTIONING", "DISABLED", Groups.AREA_DISABILITY, "veikko"),
            new Route("WAR_VETERANS", "ALL_AGES", Groups.AREA_ELDERLY, "eero"),
            new Route("EVERYDAY_FUNCTIONING", "WORKING_AGE", Groups.LIAISON_OFFICERS, "liisa"));
    private static final List<String> BUSINESS_IDS = List.of("0201256-6", "1059547-4", "2345678-0", "1234567-1", "2876543-5");

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired ProcessFixtures fixtures;
    @Autowired CallDriver driver;
    @Autowired GrantApplicationRepository applications;
    @Autowired DataSource dataSource;

    @Test
    void runsOnPostgresql() {
        String product = new JdbcTemplate(dataSource).queryForObject("select version()", String.class);
        Assertions.assertThat(product).startsWith("PostgreSQL");
        Assertions.assertThat(new JdbcTemplate(dataSource).queryForObject(
                "select count(*) from flyway_schema_history where success", Integer.class)).isPositive();
    }

    @Test
    void callWithTwentyApplicationsRunsFromPublicationToTheBoardDecision() {
        ProcessInstance call = driver.openCall(300000);
        GrantCall open = driver.callOf(call);
        Assertions.assertThat(open.getStatus()).isEqualTo(CallStatus.OPEN);

        List<ProcessInstance> submitted = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Route route = ROUTES.get(i % ROUTES.size());
            Map<String, Object> form = ProcessFixtures.application(open.getCode());
            form.put("businessId", BUSINESS_IDS.get(i % BUSINESS_IDS.size()));
            form.put("contentArea", route.contentArea());
            form.put("targetGroup", route.targetGroup());
            form.put("requestedAmount", 10000 + i * 100);
            ProcessInstance application = driver.startApplication(form);
            assertThat(application).isWaitingAt("reviewApplication").task().hasCandidateGroup(route.reviewerGroup());
            submitted.add(application);
        }
        for (int i = 0; i < submitted.size(); i++) {
            driver.review(submitted.get(i), ROUTES.get(i % ROUTES.size()).reviewer(), i == 0 ? 0 : 9000);
        }
        driver.moveClockTo(open.getClosesAt());

        assertThat(call).isWaitingAt("recordBoardDecision").hasNotPassed("awaitReviews", "adjustProposal");
        driver.decideOnBoard(call, Map.of("boardDecisionType", "AS_PROPOSED",
                "boardReference", "Aluehallitus 12.2.2027 § 18", "boardDecidedOn", CallDriver.today()));
        fixtures.executeDueJobs();

        assertThat(call).isEnded();
        GrantCall decided = driver.callOf(call);
        Assertions.assertThat(decided.getStatus()).isEqualTo(CallStatus.DECIDED);
        List<GrantApplication> stored = applications.findByCallIdOrderByApplicationNumber(decided.getId());
        Assertions.assertThat(stored).hasSize(20).allSatisfy(a -> Assertions.assertThat(a.getStatus()).isEqualTo(ApplicationStatus.DECIDED));
        Assertions.assertThat(stored).filteredOn(a -> a.getDecisionOutcome() == DecisionOutcome.DECLINED).hasSize(1);
        Assertions.assertThat(stored).filteredOn(a -> a.getDecisionOutcome() == DecisionOutcome.PARTLY_GRANTED).hasSize(19);
        Assertions.assertThat(stored).extracting(GrantApplication::getReviewerGroup)
                .contains(Groups.AREA_MENTAL_HEALTH, Groups.AREA_ELDERLY, Groups.AREA_FAMILY, Groups.AREA_DISABILITY, Groups.LIAISON_OFFICERS);
        fixtures.passRectificationPeriod();
        fixtures.runPaymentBatch(Map.of());
        Assertions.assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.REPORT_PROCESS)
                .activityIdIn("awaitReport").count()).as("the 19 paid grants wait for their use reports").isEqualTo(19);
        assertThat(submitted.get(0)).isEnded().hasPassed("grantDeclined");
        Assertions.assertThat(runtimeService.createIncidentQuery().count()).isZero();
    }

    @Test
    void boardDecisionOnFiveHundredApplicationsAdvancesEachInAJobOfItsOwn() {
        int count = 500;
        ProcessInstance call = driver.openCall(count * 10000);
        GrantCall open = driver.callOf(call);
        List<ProcessInstance> submitted = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ProcessInstance application = driver.startApplication(open.getCode(), 9000);
            driver.review(application, "maija", 5000);
            submitted.add(application);
        }
        driver.moveClockTo(open.getClosesAt());
        assertThat(call).isWaitingAt("recordBoardDecision");

        long recordStart = System.nanoTime();
        driver.decideOnBoard(call, Map.of("boardDecisionType", "AS_PROPOSED",
                "boardReference", "Aluehallitus 12.2.2027 § 18", "boardDecidedOn", CallDriver.today()));
        long recordMillis = (System.nanoTime() - recordStart) / 1_000_000;
        Assertions.assertThat(managementService.createJobQuery().processInstanceId(call.getId()).count())
                .as("the decision is handed on in jobs, not in the secretary's transaction").isEqualTo(1);

        long dispatchStart = System.nanoTime();
        fixtures.executeDueJobsOf(call.getId());
        long dispatchMillis = (System.nanoTime() - dispatchStart) / 1_000_000;

        System.out.printf("Board decision on %d applications (PostgreSQL): recording the decision %d ms, "
                + "advancing the applications %d ms (%.1f ms per application)%n",
                count, recordMillis, dispatchMillis, (double) dispatchMillis / count);
        assertThat(call).isEnded();
        Assertions.assertThat(managementService.createJobQuery().processDefinitionKey(ProcessKeys.APPLICATION_PROCESS)
                .activityId("awaitBoardDecision").count())
                .as("every application has taken the decision and waits to send its letter").isEqualTo(count);
        Assertions.assertThat(applications.findByCallIdOrderByApplicationNumber(open.getId()))
                .hasSize(count).allSatisfy(a -> Assertions.assertThat(a.getDecisionOutcome()).isEqualTo(DecisionOutcome.PARTLY_GRANTED));
        Assertions.assertThat(runtimeService.createIncidentQuery().count()).isZero();
    }
}
