package fi.hva.grants.report;

import static fi.hva.grants.report.ReportProcessVariables.APPLICATION_ID;
import static fi.hva.grants.report.ReportProcessVariables.RECOVERING;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.UserTask;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * "Kirjaa päätös oikaisuvaatimukseen" (form recovery-rectification) and its "Tallenna päätös oikaisuvaatimukseen":
 * whether the recovery stands, and with what amount and due date.
 */
@Component
class RecoveryRectificationTask extends UserTask<RecoveryRectificationTask.Input> {

    static final String OUTCOME = "recoveryRectificationOutcome";

    /** The outcome is null when none was chosen. */
    record Input(Recovery.RectificationOutcome outcome, RecoveryTerms terms) {
    }

    private final ReportSummary summary;
    private final RecoveryRectifications rectifications;

    RecoveryRectificationTask(ReportSummary summary, RecoveryRectifications rectifications) {
        super(Stream.concat(Stream.of(OUTCOME), RecoveryTerms.FIELD_KEYS.stream()).toList());
        this.summary = summary;
        this.rectifications = rectifications;
    }

    @Override
    protected void show(DelegateTask task) {
        TaskForms.showCaseSummary(task, summary.of(APPLICATION_ID.from(task)));
    }

    @Override
    protected Input parse(Map<String, Object> submitted) {
        return new Input(FormValues.choice(submitted.get(OUTCOME), Recovery.RectificationOutcome.class), RecoveryTerms.parse(submitted));
    }

    @Override
    protected void save(DelegateExecution execution, Input input) {
        RecoveryTerms terms = input.terms();
        boolean recovering = rectifications.decide(APPLICATION_ID.from(execution), input.outcome(), terms.amount(), terms.dueOn(),
                terms.reasoning(), terms.reference(), terms.decidedOn());
        RECOVERING.set(execution, recovering);
    }
}
