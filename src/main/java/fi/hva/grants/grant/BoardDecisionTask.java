package fi.hva.grants.grant;

import static fi.hva.grants.call.CallProcessVariables.CALL_ID;
import static fi.hva.grants.call.CallProcessVariables.DECIDED_APPLICATION_IDS;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskCompletedBy;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.UserTask;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * "Kirjaa toimielimen päätös" (call process) and its "Tallenna toimielimen päätös": the secretary reads
 * the proposal table and enters the decision from the minutes, as proposed or with single amounts changed.
 */
@Component
class BoardDecisionTask extends UserTask<BoardDecisionTask.Input> {

    static final String DECISION_TYPE = "boardDecisionType";
    static final String REFERENCE = "boardReference";
    static final String DECIDED_ON = "boardDecidedOn";

    /** The decision as submitted; the type is null when none was chosen. */
    record Input(BoardDecisionType type, List<ProposalChange> changes, String reference, LocalDate decidedOn) {
    }

    private final BoardDecision boardDecision;
    private final ProposalSummary summary;

    BoardDecisionTask(BoardDecision boardDecision, ProposalSummary summary) {
        super(Stream.concat(AdjustProposalTask.CHANGES.names().stream(), Stream.of(DECISION_TYPE, REFERENCE, DECIDED_ON)).toList());
        this.boardDecision = boardDecision;
        this.summary = summary;
    }

    @Override
    protected void show(DelegateTask task) {
        TaskForms.showCaseSummary(task, summary.of(CALL_ID.from(task)));
    }

    @Override
    protected Input parse(Map<String, Object> submitted) {
        return new Input(FormValues.choice(submitted.get(DECISION_TYPE), BoardDecisionType.class),
                AdjustProposalTask.changes(submitted),
                FormValues.text(submitted.get(REFERENCE)),
                FormValues.date(submitted.get(DECIDED_ON)));
    }

    @Override
    protected void save(DelegateExecution execution, Input input) {
        long callId = CALL_ID.from(execution);
        boardDecision.record(callId, input.type(), input.changes(), input.reference(), input.decidedOn(),
                TaskCompletedBy.of(execution));
        DECIDED_APPLICATION_IDS.set(execution, boardDecision.applicationIds(callId));
    }
}
