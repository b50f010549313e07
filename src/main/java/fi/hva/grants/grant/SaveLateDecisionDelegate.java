package fi.hva.grants.grant;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tallenna päätös myöhästyneestä hakemuksesta". */
@Component
public class SaveLateDecisionDelegate implements JavaDelegate {

    static final String REFERENCE = "lateDecisionReference";
    static final String DECIDED_ON = "lateDecidedOn";
    static final List<String> FIELDS = List.of(REFERENCE, DECIDED_ON);

    private final LateDecisions lateDecisions;

    public SaveLateDecisionDelegate(LateDecisions lateDecisions) {
        this.lateDecisions = lateDecisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> form = TaskForms.take(execution, FIELDS);
        DecisionOutcome outcome = lateDecisions.record(execution.getVariable(Variables.APPLICATION_ID),
                FormValues.text(form.get(REFERENCE)), FormValues.date(form.get(DECIDED_ON)));
        execution.setVariable(Variables.DECISION_OUTCOME, outcome.name());
    }
}
