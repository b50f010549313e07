package fi.hva.grants.call;

import fi.hva.grants.process.IndexedFields;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows the proposal table in "Sovita esitys määrärahaan" and "Kirjaa toimielimen päätös". */
@Component
public class ProposalForm implements TaskListener {

    /** Up to ten changed amounts, as numbered application, amount and reasoning fields. */
    static final IndexedFields CHANGES = new IndexedFields("change", List.of("Application", "Amount", "Reasoning"), 10);
    static final String BOARD_DECISION_TYPE = "boardDecisionType";
    static final String BOARD_REFERENCE = "boardReference";
    static final String BOARD_DECIDED_ON = "boardDecidedOn";
    static final List<String> BOARD_FIELDS = Stream.concat(CHANGES.names().stream(),
            Stream.of(BOARD_DECISION_TYPE, BOARD_REFERENCE, BOARD_DECIDED_ON)).toList();

    private final ProposalSummary summary;

    public ProposalForm(ProposalSummary summary) {
        this.summary = summary;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskForms.show(task, Map.of(Variables.CASE_SUMMARY, summary.of(task.getVariable(Variables.CALL_ID))));
    }
}
