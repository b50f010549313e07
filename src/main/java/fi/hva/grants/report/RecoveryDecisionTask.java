package fi.hva.grants.report;

import static fi.hva.grants.report.ReportProcessVariables.APPLICATION_ID;
import static fi.hva.grants.report.ReportProcessVariables.RECOVERING;

import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.UserTask;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * "Kirjaa takaisinperintäpäätös" (form recovery-decision) and its "Tallenna takaisinperintäpäätös": the amount,
 * due date and reasoning.
 */
@Component
class RecoveryDecisionTask extends UserTask<RecoveryTerms> {

    private final ReportSummary summary;
    private final Recoveries recoveries;

    RecoveryDecisionTask(ReportSummary summary, Recoveries recoveries) {
        super(RecoveryTerms.FIELD_KEYS);
        this.summary = summary;
        this.recoveries = recoveries;
    }

    @Override
    protected void show(DelegateTask task) {
        TaskForms.showCaseSummary(task, summary.of(APPLICATION_ID.from(task)));
    }

    @Override
    protected RecoveryTerms parse(Map<String, Object> submitted) {
        return RecoveryTerms.parse(submitted);
    }

    @Override
    protected void save(DelegateExecution execution, RecoveryTerms terms) {
        boolean recovering = recoveries.decide(APPLICATION_ID.from(execution), terms.amount(), terms.dueOn(), terms.reasoning(),
                terms.reference(), terms.decidedOn());
        RECOVERING.set(execution, recovering);
    }
}
