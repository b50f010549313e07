package fi.hva.grants.grant;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tallenna päätös myöhästyneestä hakemuksesta". */
@Component
public class SaveLateDecisionDelegate implements JavaDelegate {

    private final LateDecisions lateDecisions;

    public SaveLateDecisionDelegate(LateDecisions lateDecisions) {
        this.lateDecisions = lateDecisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> form = TaskForms.take(execution, LateDecisionForm.FIELDS);
        DecisionOutcome outcome = lateDecisions.record(execution.getVariable(Variables.APPLICATION_ID),
                FormValues.text(form.get(LateDecisionForm.REFERENCE)), FormValues.date(form.get(LateDecisionForm.DECIDED_ON)));
        execution.setVariable(Variables.DECISION_OUTCOME, outcome.name());
    }
}
