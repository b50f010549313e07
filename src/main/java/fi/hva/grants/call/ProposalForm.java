package fi.hva.grants.call;

import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows the proposal table in "Sovita esitys määrärahaan" and "Kirjaa toimielimen päätös". */
@Component
public class ProposalForm implements TaskListener {

    static final String AMOUNT_CHANGES = "amountChanges";
    static final String BOARD_DECISION_TYPE = "boardDecisionType";
    static final String BOARD_REFERENCE = "boardReference";
    static final String BOARD_DECIDED_ON = "boardDecidedOn";
    static final List<String> ADJUSTMENT_FIELDS = List.of(AMOUNT_CHANGES);
    static final List<String> BOARD_FIELDS = List.of(AMOUNT_CHANGES, BOARD_DECISION_TYPE, BOARD_REFERENCE, BOARD_DECIDED_ON);

    private final ProposalSummary summary;

    public ProposalForm(ProposalSummary summary) {
        this.summary = summary;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskForms.show(task, Map.of(Variables.CASE_SUMMARY, summary.of(task.getVariable(Variables.CALL_ID))));
        TaskForms.prefill(task, Map.of(AMOUNT_CHANGES, TaskForms.json(List.of())));
    }
}
