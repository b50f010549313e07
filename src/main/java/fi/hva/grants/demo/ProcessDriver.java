package fi.hva.grants.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Moves demo process instances through the engine's public API as people and the job executor would:
 * every step is followed by the jobs it made due, so the next step finds the instance at rest.
 */
@Component
@Profile("demo")
class ProcessDriver {

    /** Covers the job executor's acquisition on a cold start; longer means a job failed or hangs. */
    private static final Duration JOB_TIMEOUT = Duration.ofSeconds(60);
    private static final long POLL_MILLIS = 200;

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final IdentityService identityService;
    private final ProcessEngineConfigurationImpl engineConfiguration;

    ProcessDriver(RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
                  IdentityService identityService, ProcessEngineConfigurationImpl engineConfiguration) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.identityService = identityService;
        this.engineConfiguration = engineConfiguration;
    }

    ProcessInstance start(String processKey, Map<String, Object> variables) {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(processKey, variables);
        settle(instance.getId());
        return instance;
    }

    Optional<Task> openTask(String processInstanceId, String taskKey) {
        return Optional.ofNullable(taskService.createTaskQuery()
                .processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult());
    }

    Task task(String processInstanceId, String taskKey) {
        return openTask(processInstanceId, taskKey).orElseThrow(() -> new IllegalStateException(
                "Process instance " + processInstanceId + " has no open task " + taskKey
                        + "; look for an incident in Cockpit"));
    }

    /**
     * The user claims the task and submits the form as they would in Tasklist: logged in with their
     * groups, so the engine checks that the task is theirs to work. Claiming records who did the work,
     * as the task listeners read the assignee. Starting instances and running jobs stay with the county.
     */
    void complete(Task task, String userId, Map<String, Object> form) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        identityService.setAuthentication(userId, groups);
        try {
            taskService.claim(task.getId(), userId);
            taskService.complete(task.getId(), form);
        } finally {
            identityService.clearAuthentication();
        }
        settle(task.getProcessInstanceId());
    }

    /**
     * Waits until no job of the instance is due. When the job executor runs (the demo profile) it does
     * the work and this only waits, so the two never execute one job at the same time; without it
     * (tests) the jobs are executed here.
     */
    void settle(String processInstanceId) {
        Instant deadline = Instant.now().plus(JOB_TIMEOUT);
        for (List<Job> due = dueJobs(processInstanceId); !due.isEmpty(); due = dueJobs(processInstanceId)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Jobs " + due.stream().map(Job::getId).toList() + " of process instance "
                        + processInstanceId + " are still due after " + JOB_TIMEOUT.toSeconds() + " s");
            }
            if (engineConfiguration.getJobExecutor().isActive()) {
                pause();
            } else {
                due.forEach(job -> managementService.executeJob(job.getId()));
            }
        }
    }

    private List<Job> dueJobs(String processInstanceId) {
        return managementService.createJobQuery().processInstanceId(processInstanceId).executable().list();
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the demo's jobs", e);
        }
    }
}
