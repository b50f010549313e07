package fi.hva.grants.call;

import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows the call as it was prepared in "Kirjaa haun hyväksyntä". */
@Component
public class CallApprovalForm implements TaskListener {

    private final CallSummary summary;

    public CallApprovalForm(CallSummary summary) {
        this.summary = summary;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskForms.show(task, Map.of(Variables.CASE_SUMMARY, summary.of(task.getVariable(Variables.CALL_ID))));
    }
}
