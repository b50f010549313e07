package fi.hva.grants.grant;

import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Shows the application's case summary in a task whose form needs nothing else from our tables
 * ("Tarkista listaus käsin", "Kirjaa päätös myöhästyneestä hakemuksesta").
 */
@Component
public class ApplicationSummaryForm implements TaskListener {

    private final CaseSummary caseSummary;

    public ApplicationSummaryForm(CaseSummary caseSummary) {
        this.caseSummary = caseSummary;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskForms.show(task, Map.of(Variables.CASE_SUMMARY, caseSummary.of(task.getVariable(Variables.APPLICATION_ID))));
    }
}
