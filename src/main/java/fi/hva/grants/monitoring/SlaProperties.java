package fi.hva.grants.monitoring;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a case may wait in one activity before managers see it as stuck. Every user task has
 * {@code default-task} unless {@code activities} names it; other wait states (receive tasks, timers)
 * are watched only when named, since many of them wait for months by design.
 */
@ConfigurationProperties(prefix = "grants.sla")
public record SlaProperties(Duration defaultTask, Map<String, Duration> activities) {

    public SlaProperties {
        defaultTask = defaultTask == null ? Duration.ofDays(14) : defaultTask;
        activities = activities == null ? Map.of() : Map.copyOf(activities);
    }

    /** A task created by hand in Tasklist has no definition key and gets the default. */
    public Duration forTask(String taskDefinitionKey) {
        return taskDefinitionKey == null ? defaultTask : activities.getOrDefault(taskDefinitionKey, defaultTask);
    }
}
