package fi.hva.grants.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The stored filter queries, run as Tasklist runs them: as the logged-in user. */
@DemoSecurityTest
class TaskFiltersIT {

    @LocalServerPort
    int port;

    @Autowired
    FilterService filterService;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    IdentityBootstrap identityBootstrap;

    String overdueTaskId;

    @BeforeEach
    void createOverdueElderlyServicesTask() {
        identityService.clearAuthentication();
        Task task = taskService.newTask();
        task.setName("Myöhästynyt arviointi");
        task.setDueDate(Date.from(Instant.now().minus(1, ChronoUnit.DAYS)));
        taskService.saveTask(task);
        overdueTaskId = task.getId();
        taskService.addCandidateGroup(overdueTaskId, Groups.AREA_ELDERLY);
    }

    @AfterEach
    void cleanUp() {
        identityService.clearAuthentication();
        taskService.deleteTask(overdueTaskId, true);
    }

    @Test
    void groupMemberFindsTaskInSharedAndOwnGroupFilters() {
        login("eero", Groups.AREA_ELDERLY);
        assertThat(taskIds("Ryhmäni tehtävät")).contains(overdueTaskId);
        assertThat(taskIds("Myöhässä")).contains(overdueTaskId);
        assertThat(taskIds("Ikääntyneiden palvelujen järjestöyhdyshenkilöt: tehtävät")).contains(overdueTaskId);
        assertThat(taskIds("Omat tehtävät")).doesNotContain(overdueTaskId);
    }

    @Test
    void claimedTaskMovesToOwnTasksAndStaysOverdue() {
        login("eero", Groups.AREA_ELDERLY);
        taskService.claim(overdueTaskId, "eero");
        assertThat(taskIds("Omat tehtävät")).contains(overdueTaskId);
        assertThat(taskIds("Ryhmäni tehtävät")).doesNotContain(overdueTaskId);
        assertThat(taskIds("Myöhässä")).contains(overdueTaskId);
    }

    @Test
    void memberOfAnotherGroupDoesNotFindTaskNorReadOtherGroupsFilter() {
        login("maija", Groups.AREA_MENTAL_HEALTH);
        assertThat(taskIds("Ryhmäni tehtävät")).doesNotContain(overdueTaskId);
        assertThat(taskIds("Myöhässä")).doesNotContain(overdueTaskId);
        String elderlyFilterId = filterId("Ikääntyneiden palvelujen järjestöyhdyshenkilöt: tehtävät");
        assertThatThrownBy(() -> filterService.list(elderlyFilterId)).isInstanceOf(AuthorizationException.class);
    }

    @Test
    void tasklistListsSharedFiltersAndOnlyOwnGroupFilter() throws Exception {
        var response = new EngineRest(port).get("/filter?resourceType=Task", "eero");
        List<String> names = new ObjectMapper().readTree(response.body()).findValuesAsText("name");
        assertThat(names).containsExactlyInAnyOrder("Omat tehtävät", "Ryhmäni tehtävät", "Myöhässä",
                "Ikääntyneiden palvelujen järjestöyhdyshenkilöt: tehtävät");
    }

    /**
     * The shipped filters keep their expressions (also those inside the or-query of "Myöhässä") working when
     * Tasklist lists them through the webapp's engine API, which refuses expressions the caller sends.
     */
    @Test
    void shippedFiltersListTheRightTasksThroughTheWebappAsTasklistDoes() throws Exception {
        WebSession session = new WebSession(port, "eero");
        assertThat(session.login("tasklist")).isEqualTo(200);
        assertThat(webappTaskIds(session, "Ryhmäni tehtävät")).contains(overdueTaskId);
        assertThat(webappTaskIds(session, "Myöhässä")).contains(overdueTaskId);
        assertThat(webappTaskIds(session, "Ikääntyneiden palvelujen järjestöyhdyshenkilöt: tehtävät")).contains(overdueTaskId);
        assertThat(webappTaskIds(session, "Omat tehtävät")).doesNotContain(overdueTaskId);
        var count = session.webappEngineApi("POST", "/filter/" + filterIdAsSystem("Myöhässä") + "/count", "{}");
        assertThat(count.statusCode()).as(count.body()).isEqualTo(200);
    }

    @Test
    void administratorAndTheBootstrapSaveTheShippedFiltersWithTheirExpressions() {
        identityService.setAuthentication("admin", List.of(Groups.ADMINS));
        for (String name : List.of("Omat tehtävät", "Ryhmäni tehtävät", "Myöhässä")) {
            filterService.saveFilter(filterService.getFilter(filterIdAsSystem(name)));
        }
        identityService.clearAuthentication();
        filterService.deleteFilter(filterIdAsSystem("Myöhässä"));

        identityBootstrap.run();

        login("eero", Groups.AREA_ELDERLY);
        assertThat(taskIds("Myöhässä")).contains(overdueTaskId);
    }

    private List<String> webappTaskIds(WebSession session, String filterName) throws Exception {
        var response = session.webappEngineApi("POST", "/filter/" + filterIdAsSystem(filterName) + "/list",
                "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        new ObjectMapper().readTree(response.body()).forEach(task -> ids.add(task.get("id").asText()));
        return ids;
    }

    private String filterIdAsSystem(String name) {
        return filterService.createFilterQuery().filterName(name).singleResult().getId();
    }

    private void login(String userId, String groupId) {
        identityService.setAuthentication(userId, List.of(groupId));
    }

    private String filterId(String name) {
        String userId = identityService.getCurrentAuthentication().getUserId();
        List<String> groupIds = identityService.getCurrentAuthentication().getGroupIds();
        identityService.clearAuthentication();
        try {
            return filterService.createFilterQuery().filterName(name).singleResult().getId();
        } finally {
            identityService.setAuthentication(userId, groupIds);
        }
    }

    private List<String> taskIds(String filterName) {
        List<Task> tasks = filterService.list(filterId(filterName));
        return tasks.stream().map(Task::getId).toList();
    }
}
