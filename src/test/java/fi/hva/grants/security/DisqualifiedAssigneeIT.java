package fi.hva.grants.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.hva.grants.call.CallStatus;
import fi.hva.grants.call.GrantCallRepository;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ProcessKeys;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Giving a review to the reviewer who declared disqualification (hallintolaki 28 §) is the officer's
 * mistake, not a server error: claim and set-assignee over /engine-rest and over the engine API
 * Tasklist calls answer 400 with the Finnish reason, leave the task unassigned and log no stack trace.
 */
@DemoSecurityTest
@ExtendWith(OutputCaptureExtension.class)
class DisqualifiedAssigneeIT {

    private static final String REFUSAL = "Käyttäjä maija on ilmoittanut olevansa esteellinen tässä asiassa, eikä tehtävää voi antaa hänelle.";

    @LocalServerPort int port;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;
    @Autowired GrantCallRepository calls;

    EngineRest rest;
    String instanceId;
    /** The review after maija declared disqualification: her group's and the deputies'. */
    String reviewId;

    @BeforeEach
    void maijaDeclaresDisqualification() throws Exception {
        rest = new EngineRest(port);
        identityService.clearAuthentication();
        String openCall = calls.findAll().stream().filter(call -> call.getStatus() == CallStatus.OPEN).findFirst().orElseThrow().getCode();
        instanceId = runtimeService.startProcessInstanceByKey(ProcessKeys.APPLICATION_PROCESS, ProcessFixtures.application(openCall)).getId();
        executeDueJobs();
        String firstReview = review().getId();

        assertThat(rest.post("/task/" + firstReview + "/claim", "maija", "{\"userId\":\"maija\"}").statusCode()).isEqualTo(204);
        assertThat(rest.post("/task/" + firstReview + "/submit-form", "maija", variables(Map.of("reviewOutcome", "DISQUALIFIED",
                "disqualificationReason", "Olen yhdistyksen hallituksen jäsen."))).statusCode()).isEqualTo(204);
        executeDueJobs();
        reviewId = review().getId();
        assertThat(reviewId).isNotEqualTo(firstReview);
    }

    @AfterEach
    void removeTheApplication() {
        identityService.clearAuthentication();
        if (runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count() > 0) {
            runtimeService.deleteProcessInstance(instanceId, "test finished", true, true);
        }
    }

    @Test
    void claimingForTheDisqualifiedReviewerIsABadRequestInFinnish(CapturedOutput output) {
        HttpResponse<String> response = rest.post("/task/" + reviewId + "/claim", "ville", "{\"userId\":\"maija\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains(REFUSAL);
        assertThat(review().getAssignee()).isNull();
        assertThat(output).doesNotContain("ENGINE-03051").doesNotContain("ENGINE-REST-HTTP500");
        assertThat(rest.post("/task/" + reviewId + "/claim", "ville", "{\"userId\":\"ville\"}").statusCode())
                .as("the deputy may still take the review").isEqualTo(204);
    }

    @Test
    void assigningToTheDisqualifiedReviewerIsABadRequestInFinnish(CapturedOutput output) {
        HttpResponse<String> response = rest.post("/task/" + reviewId + "/assignee", "ville", "{\"userId\":\"maija\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains(REFUSAL);
        assertThat(review().getAssignee()).isNull();
        assertThat(output).doesNotContain("ENGINE-03051").doesNotContain("ENGINE-REST-HTTP500");
    }

    @Test
    void tasklistsOwnEngineApiAnswersTheSame(CapturedOutput output) {
        WebSession tasklist = new WebSession(port, "ville");
        assertThat(tasklist.login("tasklist")).isEqualTo(200);

        HttpResponse<String> claim = tasklist.webappEngine("POST", "/task/" + reviewId + "/claim", "{\"userId\":\"maija\"}");
        HttpResponse<String> assign = tasklist.webappEngine("POST", "/task/" + reviewId + "/assignee", "{\"userId\":\"maija\"}");

        assertThat(claim.statusCode()).as(claim.body()).isEqualTo(400);
        assertThat(claim.body()).contains(REFUSAL);
        assertThat(assign.statusCode()).as(assign.body()).isEqualTo(400);
        assertThat(assign.body()).contains(REFUSAL);
        assertThat(review().getAssignee()).isNull();
        assertThat(output).doesNotContain("ENGINE-03051").doesNotContain("ENGINE-REST-HTTP500");
    }

    private Task review() {
        return taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey("reviewApplication").singleResult();
    }

    private void executeDueJobs() {
        for (int round = 0; round < 100; round++) {
            Job due = managementService.createJobQuery().processInstanceId(instanceId).executable().list().stream().findFirst().orElse(null);
            if (due == null) {
                return;
            }
            managementService.executeJob(due.getId());
        }
        throw new IllegalStateException("Jobs keep coming");
    }

    private static String variables(Map<String, Object> form) throws Exception {
        Map<String, Object> variables = new java.util.LinkedHashMap<>();
        form.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return new ObjectMapper().writeValueAsString(Map.of("variables", variables));
    }
}
