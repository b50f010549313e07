package fi.hva.grants.security;

import java.util.List;
import org.camunda.bpm.engine.task.TaskQuery;

/** A Tasklist filter as the bootstrap wants it, and the groups allowed to read it. */
public record TaskFilterDefinition(
        String name, String description, int priority, TaskQuery query, List<String> readerGroups) {
}
