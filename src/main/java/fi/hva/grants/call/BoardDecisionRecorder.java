package fi.hva.grants.call;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records the decision body's decision as the secretary enters it from the minutes. */
@Component
public class BoardDecisionRecorder implements TaskListener {

    private final BoardDecision boardDecision;

    public BoardDecisionRecorder(BoardDecision boardDecision) {
        this.boardDecision = boardDecision;
    }

    @Override
    public void notify(DelegateTask task) {
        boardDecision.record(task.getVariable(Variables.CALL_ID),
                FormValues.text(TaskForms.value(task, ProposalForm.BOARD_DECISION_TYPE)),
                TaskForms.value(task, ProposalForm.AMOUNT_CHANGES),
                FormValues.text(TaskForms.value(task, ProposalForm.BOARD_REFERENCE)),
                FormValues.date(TaskForms.value(task, ProposalForm.BOARD_DECIDED_ON)));
    }
}
