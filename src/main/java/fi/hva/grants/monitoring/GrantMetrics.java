package fi.hva.grants.monitoring;

import fi.hva.grants.grant.ApplicationStatus;
import fi.hva.grants.grant.GrantApplicationRepository;
import fi.hva.grants.security.Groups;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * What managers follow on their dashboards, read at each scrape of /actuator/prometheus: open
 * tasks per group, open incidents and applications per state.
 */
@Component
class GrantMetrics implements MeterBinder {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final GrantApplicationRepository applications;

    GrantMetrics(TaskService taskService, RuntimeService runtimeService, GrantApplicationRepository applications) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.applications = applications;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String group : Groups.TASK_WORKERS) {
            Gauge.builder("grants.tasks.open", () -> taskService.createTaskQuery().taskCandidateGroup(group).count())
                    .description("Open tasks for which the group is a candidate")
                    .tag("group", group)
                    .register(registry);
        }
        Gauge.builder("grants.incidents.open", () -> runtimeService.createIncidentQuery().count())
                .description("Open incidents: jobs that failed all their retries")
                .register(registry);
        for (ApplicationStatus status : ApplicationStatus.values()) {
            Gauge.builder("grants.applications", () -> applications.countByStatus(status))
                    .description("Grant applications by their state")
                    .tag("status", status.name())
                    .register(registry);
        }
    }
}
