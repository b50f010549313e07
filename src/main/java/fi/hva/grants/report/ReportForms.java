package fi.hva.grants.report;

import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Shows the case with its reports and recovery in the report model's user tasks, and names the
 * fields those forms submit.
 */
@Component
public class ReportForms implements TaskListener {

    static final String CHECK_OUTCOME = "reportCheckOutcome";
    static final String CHECK_NOTES = "reportCheckNotes";
    static final String RECOVERY_GROUNDS = "recoveryGrounds";
    static final String PROPOSED_RECOVERY = "proposedRecovery";
    static final List<String> CHECK_FIELDS = List.of(CHECK_OUTCOME, CHECK_NOTES, RECOVERY_GROUNDS, PROPOSED_RECOVERY);

    static final String RECOVERY_AMOUNT = "recoveryAmount";
    static final String RECOVERY_DUE_ON = "recoveryDueOn";
    static final String RECOVERY_REASONING = "recoveryReasoning";
    static final String RECOVERY_REFERENCE = "recoveryReference";
    static final String RECOVERY_DECIDED_ON = "recoveryDecidedOn";
    static final List<String> DECISION_FIELDS = List.of(RECOVERY_AMOUNT, RECOVERY_DUE_ON, RECOVERY_REASONING,
            RECOVERY_REFERENCE, RECOVERY_DECIDED_ON);

    static final String RECTIFICATION_OUTCOME = "recoveryRectificationOutcome";
    static final List<String> RECTIFICATION_FIELDS = List.of(RECTIFICATION_OUTCOME, RECOVERY_AMOUNT, RECOVERY_DUE_ON,
            RECOVERY_REASONING, RECOVERY_REFERENCE, RECOVERY_DECIDED_ON);

    static final String SETTLEMENT = "settlement";

    private final ReportSummary summary;

    public ReportForms(ReportSummary summary) {
        this.summary = summary;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskForms.show(task, Map.of(Variables.CASE_SUMMARY, summary.of(task.getVariable(Variables.APPLICATION_ID))));
    }
}
