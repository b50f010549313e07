package fi.hva.grants.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A candidate group sees and works its own tasks through REST; another group neither sees nor works them. */
@DemoSecurityTest
class TaskVisibilityIT {

    @LocalServerPort
    int port;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    EngineRest rest;
    String taskId;

    @BeforeEach
    void createElderlyServicesTask() {
        rest = new EngineRest(port);
        identityService.clearAuthentication();
        Task task = taskService.newTask();
        task.setName("Arvioi hakemus");
        taskService.saveTask(task);
        taskId = task.getId();
        taskService.addCandidateGroup(taskId, Groups.AREA_ELDERLY);
    }

    @AfterEach
    void removeTask() {
        if (taskService.createTaskQuery().taskId(taskId).count() > 0) {
            taskService.deleteTask(taskId, true);
        }
    }

    @Test
    void candidateGroupMemberSeesAndCompletesTask() {
        assertThat(rest.ids(rest.get("/task", "eero"))).contains(taskId);
        assertThat(rest.get("/task/" + taskId, "eero").statusCode()).isEqualTo(200);

        assertThat(rest.post("/task/" + taskId + "/complete", "eero", "{}").statusCode()).isEqualTo(204);

        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
    }

    @Test
    void memberOfAnotherGroupNeitherSeesNorCompletesTask() {
        assertThat(rest.ids(rest.get("/task", "maija"))).doesNotContain(taskId);
        assertThat(rest.get("/task/" + taskId, "maija").statusCode()).isIn(403, 404);

        assertThat(rest.post("/task/" + taskId + "/complete", "maija", "{}").statusCode()).isIn(403, 404);

        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }
}
