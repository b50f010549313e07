package fi.hva.grants.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.hva.grants.call.GrantCall;
import fi.hva.grants.common.Now;
import fi.hva.grants.grant.DecisionDispatch;
import fi.hva.grants.grant.GrantApplicationRepository;
import fi.hva.grants.process.CountingProcessTest;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ProcessKeys;
import fi.hva.grants.security.Groups;
import fi.hva.grants.security.TasklistSessions;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Managers see the cases that wait too long; the page is theirs only. */
@CountingProcessTest
class StuckCasePageIT {

    @Autowired MockMvc mvc;
    @Autowired ProcessFixtures fixtures;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired GrantApplicationRepository applications;
    @Autowired DecisionDispatch decisionDispatch;
    @Autowired StuckCases stuckCases;

    /** The view is global; other tests sharing this context leave their instances behind. */
    @BeforeEach
    void onlyThisTestsCases() {
        List<String> running = runtimeService.createProcessInstanceQuery().rootProcessInstances().list().stream()
                .map(ProcessInstance::getId).toList();
        if (!running.isEmpty()) {
            runtimeService.deleteProcessInstances(running, "cleared for the stuck-case test", true, true);
        }
    }

    @Test
    void reviewPastItsSlaOverdueReportAndIncidentAreShownPerGroupAndOfficer() throws Exception {
        GrantCall call = fixtures.openCall();
        ProcessInstance waitingReview = start(call, "1234567-1", 5000);
        fixtures.claim(fixtures.task(waitingReview.getId()), "maija");
        ProcessInstance paid = start(call, "0201256-6", 9000);
        fixtures.complete(fixtures.task(paid.getId()), "maija", ProcessFixtures.scoredReview(9000));
        fixtures.executeDueJobs();
        decisionDispatch.dispatch(applications.findByApplicationNumber(paid.getBusinessKey()).orElseThrow().getId());
        fixtures.executeDueJobs();
        fixtures.passRectificationPeriod();
        fixtures.runPaymentBatch(Map.of());
        ClockUtil.setCurrentTime(Date.from(call.getReportDeadline().plusDays(3).atStartOfDay(Now.HELSINKI).toInstant()));
        fixtures.executeDueJobs();
        runtimeService.createIncident("grantsProbe", fixtures.task(waitingReview.getId()).getExecutionId(), null, "Testihäiriö");

        StuckCaseView view = stuckCases.now();

        assertThat(view.idle()).extracting(StuckCaseView.IdleActivity::businessKey, StuckCaseView.IdleActivity::assignee,
                        StuckCaseView.IdleActivity::slaDays)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(waitingReview.getBusinessKey(), "maija", 30L));
        assertThat(view.overdueReviews()).extracting(StuckCaseView.OverdueReview::businessKey)
                .containsExactly(waitingReview.getBusinessKey());
        assertThat(view.overdueReports()).extracting(StuckCaseView.OverdueReport::applicationNumber,
                        StuckCaseView.OverdueReport::daysOverdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(paid.getBusinessKey(), 3L));
        assertThat(view.incidents()).extracting(StuckCaseView.OpenIncident::message).containsExactly("Testihäiriö");
        assertThat(view.perGroup()).containsExactly(
                new StuckCaseView.Count(Groups.AREA_MENTAL_HEALTH, "Mielenterveys- ja päihdepalvelujen järjestöyhdyshenkilöt", 1, 1));
        assertThat(view.perOfficer()).extracting(StuckCaseView.Count::key, StuckCaseView.Count::idle)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("maija", 1L));

        String page = mvc.perform(get("/managers/stuck-cases").session(TasklistSessions.of("johanna", Groups.MANAGERS)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page)
                .contains("Yli tavoiteajan samassa vaiheessa odottaneet (1)", "Myöhässä olevat arvioinnit (1)",
                        "Myöhässä olevat käyttöselvitykset (1)", "Avoimet häiriöt (1)")
                .contains(waitingReview.getBusinessKey(), paid.getBusinessKey(), "Arvioi hakemus", "Testihäiriö")
                .contains("/camunda/app/cockpit/default/#/process-instance/" + waitingReview.getId() + "/runtime")
                .contains("Mielenterveys- ja päihdepalvelujen järjestöyhdyshenkilöt");
    }

    @Test
    void onlyManagersOpenThePage() throws Exception {
        mvc.perform(get("/managers/stuck-cases").session(TasklistSessions.of("liisa", Groups.LIAISON_OFFICERS)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/managers/stuck-cases")).andExpect(status().isUnauthorized());
    }

    @Test
    void nothingStuckRightAfterTheStart() {
        GrantCall call = fixtures.openCall();
        start(call, "1234567-1", 5000);
        ClockUtil.setCurrentTime(Date.from(Now.instant().plus(Duration.ofDays(29))));

        StuckCaseView view = stuckCases.now();

        assertThat(view.idle()).isEmpty();
        assertThat(view.overdueReviews()).isEmpty();
    }

    @Test
    void standaloneTaskPastTheDefaultSlaIsShownWithoutAProcess() {
        Task task = taskService.newTask();
        task.setName("Soita yhdistykselle");
        taskService.saveTask(task);
        taskService.addCandidateGroup(task.getId(), Groups.FINANCE);
        try {
            ClockUtil.setCurrentTime(Date.from(Now.instant().plus(Duration.ofDays(15))));

            StuckCaseView view = stuckCases.now();

            assertThat(view.idle()).extracting(StuckCaseView.IdleActivity::activityName, StuckCaseView.IdleActivity::processName,
                            StuckCaseView.IdleActivity::group, StuckCaseView.IdleActivity::slaDays)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Soita yhdistykselle", "", Groups.FINANCE, 14L));
        } finally {
            taskService.deleteTask(task.getId(), true);
        }
    }

    private ProcessInstance start(GrantCall call, String businessId, int amount) {
        Map<String, Object> form = ProcessFixtures.application(call.getCode());
        form.put("businessId", businessId);
        form.put("requestedAmount", amount);
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(ProcessKeys.APPLICATION_PROCESS, form);
        fixtures.executeDueJobs();
        return instance;
    }
}
