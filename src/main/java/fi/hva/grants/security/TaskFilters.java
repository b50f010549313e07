package fi.hva.grants.security;

import fi.hva.grants.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters and one filter per task-working group. Tasklist evaluates the
 * expressions for the logged-in user, so one filter serves everybody.
 */
@Component
public class TaskFilters {

    static final String CURRENT_USER = "${currentUser()}";
    static final String CURRENT_USER_GROUPS = "${currentUserGroups()}";
    static final String NOW = "${now()}";

    private static final int GROUP_FILTER_PRIORITY = 100;

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationGrants grants;
    private final Messages messages;

    public TaskFilters(FilterService filterService, TaskService taskService, AuthorizationGrants grants,
            Messages messages) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.grants = grants;
        this.messages = messages;
    }

    public void ensureAll() {
        for (TaskFilterDefinition definition : definitions()) {
            String filterId = ensure(definition);
            for (String groupId : definition.readerGroups()) {
                grants.grant(groupId, Resources.FILTER, filterId, Permissions.READ);
            }
        }
    }

    List<TaskFilterDefinition> definitions() {
        List<TaskFilterDefinition> definitions = new ArrayList<>();
        definitions.add(shared("mine", 10, taskService.createTaskQuery()
                .taskAssigneeExpression(CURRENT_USER)));
        definitions.add(shared("groups", 20, taskService.createTaskQuery()
                .taskCandidateGroupInExpression(CURRENT_USER_GROUPS)
                .taskUnassigned()));
        // Overdue work of the whole group is shown, also tasks a colleague has claimed, so a deputy can step in.
        definitions.add(shared("overdue", 30, taskService.createTaskQuery()
                .dueBeforeExpression(NOW)
                .or()
                    .taskAssigneeExpression(CURRENT_USER)
                    .taskCandidateGroupInExpression(CURRENT_USER_GROUPS)
                    .includeAssignedTasks()
                .endOr()
                .orderByDueDate().asc()));
        int priority = GROUP_FILTER_PRIORITY;
        for (String groupId : Groups.TASK_WORKERS) {
            String groupName = messages.get("group." + groupId);
            definitions.add(new TaskFilterDefinition(
                    messages.get("filter.group.name", groupName),
                    messages.get("filter.group.description", groupName),
                    priority++,
                    taskService.createTaskQuery().taskCandidateGroup(groupId).includeAssignedTasks(),
                    List.of(groupId)));
        }
        return definitions;
    }

    private TaskFilterDefinition shared(String key, int priority, TaskQuery query) {
        return new TaskFilterDefinition(
                messages.get("filter." + key + ".name"),
                messages.get("filter." + key + ".description"),
                priority, query, Groups.TASK_WORKERS);
    }

    /**
     * Returns the id of the filter with the definition's name, creating it when it does not exist yet.
     * Filter names are not unique in the database; should two nodes starting at the same moment both
     * create one, every node still picks and authorizes the same (lowest id) filter.
     */
    private String ensure(TaskFilterDefinition definition) {
        Filter existing = filterService.createTaskFilterQuery()
                .filterName(definition.name())
                .orderByFilterId().asc()
                .listPage(0, 1).stream().findFirst().orElse(null);
        if (existing != null) {
            return existing.getId();
        }
        Filter filter = filterService.newTaskFilter(definition.name())
                .setQuery(definition.query())
                .setProperties(Map.of(
                        "description", definition.description(),
                        "priority", definition.priority(),
                        "refresh", true));
        return filterService.saveFilter(filter).getId();
    }
}
