package fi.hva.grants.call;

import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Fills "Kirjaa haun hyväksyntä" with the call as it was prepared. */
@Component
public class CallApprovalForm implements TaskListener {

    private final CallSummary summary;

    public CallApprovalForm(CallSummary summary) {
        this.summary = summary;
    }

    @Override
    public void notify(DelegateTask task) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(Variables.CASE_SUMMARY, summary.of(task.getVariable(Variables.CALL_ID)));
        fields.put(CallFormFields.APPROVAL_DECISION, null);
        fields.put(CallFormFields.APPROVAL_REFERENCE, null);
        fields.put(CallFormFields.APPROVAL_NOTES, null);
        TaskForms.fill(task, fields);
    }
}
