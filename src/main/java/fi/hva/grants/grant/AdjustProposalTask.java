package fi.hva.grants.grant;

import static fi.hva.grants.call.CallProcessVariables.CALL_ID;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.IndexedFields;
import fi.hva.grants.process.TaskCompletedBy;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.UserTask;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * "Sovita esitys määrärahaan" (call process) and its "Tallenna esityksen muutokset": the officer reads
 * the proposal table and changes single amounts; the proposal is then summed again.
 */
@Component
class AdjustProposalTask extends UserTask<List<ProposalChange>> {

    /** Up to ten changed amounts, as numbered application, amount and reasoning fields. */
    static final IndexedFields CHANGES = new IndexedFields("change", List.of("Application", "Amount", "Reasoning"), 10);

    private final DecisionProposal proposal;
    private final ProposalSummary summary;

    AdjustProposalTask(DecisionProposal proposal, ProposalSummary summary) {
        super(CHANGES.names());
        this.proposal = proposal;
        this.summary = summary;
    }

    /** The filled change rows of a submitted proposal form (this task's or the board decision's). */
    static List<ProposalChange> changes(Map<String, Object> submitted) {
        return CHANGES.rows(submitted).stream()
                .map(row -> new ProposalChange(FormValues.text(row.get("application")), FormValues.amount(row.get("amount")),
                        FormValues.text(row.get("reasoning"))))
                .toList();
    }

    @Override
    protected void show(DelegateTask task) {
        TaskForms.showCaseSummary(task, summary.of(CALL_ID.from(task)));
    }

    @Override
    protected List<ProposalChange> parse(Map<String, Object> submitted) {
        return changes(submitted);
    }

    @Override
    protected void save(DelegateExecution execution, List<ProposalChange> changes) {
        proposal.adjust(CALL_ID.from(execution), changes, TaskCompletedBy.of(execution));
    }
}
