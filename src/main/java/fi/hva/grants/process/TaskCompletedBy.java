package fi.hva.grants.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Hands the officer who completed a task to the service task that saves their input. The value is
 * transient: it lives only until the transaction ends and is never stored in the process.
 */
@Component
public class TaskCompletedBy implements TaskListener {

    static final String VARIABLE = "taskCompletedBy";

    @Override
    public void notify(DelegateTask task) {
        task.getExecution().setVariable(VARIABLE, Variables.stringValue(actor(task), true));
    }

    public static String of(DelegateExecution execution) {
        Object value = execution.getVariable(VARIABLE);
        return value == null ? null : value.toString();
    }

    private static String actor(DelegateTask task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }
}
