package fi.hva.grants.report;

import fi.hva.grants.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Selvitä erääntynyt takaisinperintä" (form recovery-overdue): finance reads the case and settles it outside
 * the system; the form only shows, so the task is a plain create listener with nothing to save.
 */
@Component
class OverdueRecoveryTask implements TaskListener {

    private final ReportSummary summary;

    OverdueRecoveryTask(ReportSummary summary) {
        this.summary = summary;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskForms.showCaseSummary(task, summary.of(ReportProcessVariables.APPLICATION_ID.from(task)));
    }
}
