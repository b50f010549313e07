package fi.hva.grants.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Managers follow the work (Cockpit's read permissions) but cannot change it: not the tasks and instances,
 * not their notes (comments, attachments), not their own profile or password.
 */
@DemoSecurityTest
class ManagerReadOnlyIT {

    static final String PROBE_PROCESS = "securityProbe";
    static final String MANAGER = "johanna";
    static final String OFFICER = "eero";

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    EngineRest rest;
    String deploymentId;
    String processInstanceId;
    String taskId;

    @BeforeEach
    void startProbeProcess() {
        rest = new EngineRest(port);
        identityService.clearAuthentication();
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROBE_PROCESS)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("review").camundaCandidateGroups(Groups.AREA_ELDERLY)
                .endEvent()
                .done();
        deploymentId = repositoryService.createDeployment()
                .addModelInstance(PROBE_PROCESS + ".bpmn", model)
                .deploy().getId();
        processInstanceId = runtimeService.startProcessInstanceByKey(PROBE_PROCESS).getId();
        taskId = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
    }

    @AfterEach
    void removeProbeProcess() {
        repositoryService.deleteDeployment(deploymentId, true);
    }

    @Test
    void managerReadsDefinitionsInstancesAndTasks() {
        var definitions = rest.get("/process-definition?key=" + PROBE_PROCESS, MANAGER);
        assertThat(definitions.statusCode()).isEqualTo(200);
        assertThat(rest.ids(definitions)).hasSize(1);
        assertThat(rest.get("/process-instance/" + processInstanceId, MANAGER).statusCode()).isEqualTo(200);
        assertThat(rest.ids(rest.get("/task?processInstanceId=" + processInstanceId, MANAGER)))
                .containsExactly(taskId);
    }

    @Test
    void managerCannotCompleteTask() {
        assertThat(rest.post("/task/" + taskId + "/complete", MANAGER, "{}").statusCode()).isEqualTo(403);
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }

    @Test
    void managerCannotCommentOnATaskOverRestOrInTheWebapps() {
        assertThat(rest.post("/task/" + taskId + "/comment/create", MANAGER, "{\"message\":\"Johdon huomautus\"}").statusCode())
                .isEqualTo(403);
        assertThat(rest.post("/task/" + taskId + "/comment/create", MANAGER,
                "{\"message\":\"Johdon huomautus\",\"processInstanceId\":\"" + processInstanceId + "\"}").statusCode())
                .isEqualTo(403);
        WebSession cockpit = new WebSession(port, MANAGER);
        assertThat(cockpit.login("cockpit")).isEqualTo(200);
        assertThat(cockpit.webappApi("POST", "/task/count", "{}").statusCode()).as("the session may post (CSRF token)").isEqualTo(200);
        // The webapps' own copy of the REST API keeps Camunda's answer to a refused comment: 400 "Not enough parameters".
        var webappComment = cockpit.webappApi("POST", "/task/" + taskId + "/comment/create", "{\"message\":\"Johdon huomautus\"}");
        assertThat(webappComment.statusCode()).isEqualTo(400);
        assertThat(webappComment.body()).contains("Not enough parameters");

        assertThat(taskService.getTaskComments(taskId)).isEmpty();
        assertThat(taskService.getProcessInstanceComments(processInstanceId)).isEmpty();
    }

    @Test
    void managerCannotWriteNotesThroughTheJavaApiEither() {
        identityService.setAuthentication(MANAGER, List.of(Groups.MANAGERS));
        try {
            assertThatThrownBy(() -> taskService.createComment(taskId, null, "Johdon huomautus"))
                    .isInstanceOf(AuthorizationException.class);
            assertThatThrownBy(() -> taskService.createComment(null, processInstanceId, "Johdon huomautus"))
                    .isInstanceOf(AuthorizationException.class);
            assertThatThrownBy(() -> taskService.createAttachment("url", taskId, null, "liite", null, "https://example.fi"))
                    .isInstanceOf(AuthorizationException.class);
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(taskService.getTaskComments(taskId)).isEmpty();
        assertThat(taskService.getProcessInstanceComments(processInstanceId)).isEmpty();
        assertThat(taskService.getTaskAttachments(taskId)).isEmpty();
    }

    @Test
    void theGroupWorkingTheTaskStillCommentsOnItButNotOnTasksOfOthers() {
        identityService.setAuthentication(OFFICER, List.of(Groups.AREA_ELDERLY));
        try {
            taskService.createComment(taskId, processInstanceId, "Arvioijan huomio");
        } finally {
            identityService.clearAuthentication();
        }
        identityService.setAuthentication("maija", List.of(Groups.AREA_MENTAL_HEALTH));
        try {
            assertThatThrownBy(() -> taskService.createComment(taskId, null, "Toisen ryhmän huomio"))
                    .isInstanceOf(AuthorizationException.class);
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(taskService.getTaskComments(taskId)).extracting(Comment::getFullMessage).containsExactly("Arvioijan huomio");
    }

    @Test
    void managerCannotChangeHerProfileOrPassword() {
        User before = identityService.createUserQuery().userId(MANAGER).singleResult();
        try {
            assertThat(rest.put("/user/" + MANAGER + "/profile", MANAGER,
                    "{\"id\":\"" + MANAGER + "\",\"firstName\":\"Jonna\",\"lastName\":\"Koskinen\",\"email\":\"jonna@example.com\"}")
                    .statusCode()).isEqualTo(403);
            assertThat(rest.put("/user/" + MANAGER + "/credentials", MANAGER,
                    "{\"password\":\"Uusi-salasana-2027\",\"authenticatedUserPassword\":\"" + DemoUsers.PASSWORD + "\"}")
                    .statusCode()).isEqualTo(403);
            assertThat(rest.delete("/user/" + MANAGER, MANAGER).statusCode()).isEqualTo(403);

            User after = identityService.createUserQuery().userId(MANAGER).singleResult();
            assertThat(after.getFirstName()).isEqualTo(before.getFirstName());
            assertThat(after.getEmail()).isEqualTo(before.getEmail());
            assertThat(identityService.checkPassword(MANAGER, DemoUsers.PASSWORD)).isTrue();
            assertThat(rest.get("/user/" + MANAGER + "/profile", MANAGER).statusCode()).as("she still reads her profile").isEqualTo(200);
        } finally {
            restore(before);
        }
    }

    @Test
    void officerStillUpdatesHerOwnProfile() {
        User officer = identityService.createUserQuery().userId(OFFICER).singleResult();
        assertThat(rest.put("/user/" + OFFICER + "/profile", OFFICER, "{\"id\":\"" + OFFICER + "\",\"firstName\":\""
                + officer.getFirstName() + "\",\"lastName\":\"" + officer.getLastName() + "\",\"email\":\"" + officer.getEmail() + "\"}")
                .statusCode()).isEqualTo(204);
    }

    /** On a build where the manager could still write, puts her demo profile and password back for the other tests. */
    private void restore(User before) {
        identityService.clearAuthentication();
        User user = identityService.createUserQuery().userId(MANAGER).singleResult();
        boolean deleted = user == null;
        if (deleted) {
            user = identityService.newUser(MANAGER);
            user.setLastName(before.getLastName());
        }
        user.setFirstName(before.getFirstName());
        user.setEmail(before.getEmail());
        user.setPassword(DemoUsers.PASSWORD);
        identityService.saveUser(user);
        identityService.unlockUser(MANAGER);
        if (deleted) {
            identityService.createMembership(MANAGER, Groups.MANAGERS);
        }
    }

    @Test
    void managerCannotDeleteProcessInstance() {
        assertThat(rest.delete("/process-instance/" + processInstanceId, MANAGER).statusCode()).isEqualTo(403);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count())
                .isEqualTo(1);
    }
}
