package fi.hva.grants.call;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tallenna haun hyväksyntä": the decision body's approval, or the return to preparation with notes. */
@Component
public class SaveCallApprovalDelegate implements JavaDelegate {

    private final CallPreparation preparation;

    public SaveCallApprovalDelegate(CallPreparation preparation) {
        this.preparation = preparation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> form = TaskForms.take(execution, CallFormFields.APPROVAL);
        boolean approved = preparation.recordApproval(execution.getVariable(Variables.CALL_ID),
                FormValues.text(form.get(CallFormFields.APPROVAL_DECISION)),
                FormValues.text(form.get(CallFormFields.APPROVAL_REFERENCE)),
                FormValues.text(form.get(CallFormFields.APPROVAL_NOTES)));
        execution.setVariable(Variables.CALL_APPROVED, approved);
    }
}
