package fi.hva.grants.call;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records the decision body's approval of the call, or its return to preparation with notes. */
@Component
public class CallApprovalRecorder implements TaskListener {

    private final CallPreparation preparation;

    public CallApprovalRecorder(CallPreparation preparation) {
        this.preparation = preparation;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean approved = preparation.recordApproval(task.getVariable(Variables.CALL_ID),
                FormValues.text(TaskForms.value(task, CallFormFields.APPROVAL_DECISION)),
                FormValues.text(TaskForms.value(task, CallFormFields.APPROVAL_REFERENCE)),
                FormValues.text(TaskForms.value(task, CallFormFields.APPROVAL_NOTES)));
        task.getExecution().setVariable(Variables.CALL_APPROVED, approved);
    }
}
