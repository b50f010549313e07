package fi.hva.grants.decision;

import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows the application and the request in "Kirjaa oikaisuvaatimuksen päätös". */
@Component
public class RectificationForm implements TaskListener {

    static final String OUTCOME = "rectificationOutcome";
    static final String AMOUNT = "rectificationAmount";
    static final String REASONING = "rectificationReasoning";
    static final String REFERENCE = "rectificationReference";
    static final String DECIDED_ON = "rectificationDecidedOn";
    static final List<String> FIELDS = List.of(OUTCOME, AMOUNT, REASONING, REFERENCE, DECIDED_ON);

    private final DecisionSummary summary;

    public RectificationForm(DecisionSummary summary) {
        this.summary = summary;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskForms.show(task, Map.of(Variables.CASE_SUMMARY, summary.of(task.getVariable(Variables.APPLICATION_ID))));
    }
}
