package fi.hva.grants.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Managers follow the work (Cockpit's read permissions) but cannot change it. */
@DemoSecurityTest
class ManagerReadOnlyTest {

    static final String PROBE_PROCESS = "securityProbe";
    static final String MANAGER = "johanna";

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
    void managerCannotDeleteProcessInstance() {
        assertThat(rest.delete("/process-instance/" + processInstanceId, MANAGER).statusCode()).isEqualTo(403);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count())
                .isEqualTo(1);
    }
}
