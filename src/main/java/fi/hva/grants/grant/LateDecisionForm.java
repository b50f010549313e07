package fi.hva.grants.grant;

import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows the application in "Kirjaa päätös myöhästyneestä hakemuksesta". */
@Component
public class LateDecisionForm implements TaskListener {

    static final String REFERENCE = "lateDecisionReference";
    static final String DECIDED_ON = "lateDecidedOn";
    static final List<String> FIELDS = List.of(REFERENCE, DECIDED_ON);

    private final CaseSummary caseSummary;

    public LateDecisionForm(CaseSummary caseSummary) {
        this.caseSummary = caseSummary;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskForms.show(task, Map.of(Variables.CASE_SUMMARY, caseSummary.of(task.getVariable(Variables.APPLICATION_ID))));
    }
}
