package fi.hva.grants.process;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Form data of a user task lives in task-local variables: filled from our tables when the task is
 * created and written back to them when it is completed. Because every field exists locally, what
 * the officer submits stays on the task and disappears with it instead of piling up on the process.
 */
public final class TaskForms {

    private TaskForms() {
    }

    public static void fill(DelegateTask task, Map<String, ?> fields) {
        fields.forEach(task::setVariableLocal);
    }

    public static Object value(DelegateTask task, String field) {
        return task.getVariableLocal(field);
    }

    /** Who completes the task: its assignee, or the authenticated caller when completed without claiming. */
    public static String actor(DelegateTask task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }
}
