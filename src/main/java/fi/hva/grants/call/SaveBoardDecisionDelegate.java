package fi.hva.grants.call;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tallenna toimielimen päätös": the decision as the secretary enters it from the minutes. */
@Component
public class SaveBoardDecisionDelegate implements JavaDelegate {

    private final BoardDecision boardDecision;

    public SaveBoardDecisionDelegate(BoardDecision boardDecision) {
        this.boardDecision = boardDecision;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> form = TaskForms.take(execution, ProposalForm.BOARD_FIELDS);
        Object callId = execution.getVariable(Variables.CALL_ID);
        boardDecision.record(callId,
                FormValues.text(form.get(ProposalForm.BOARD_DECISION_TYPE)),
                ProposalForm.CHANGES.rows(form),
                FormValues.text(form.get(ProposalForm.BOARD_REFERENCE)),
                FormValues.date(form.get(ProposalForm.BOARD_DECIDED_ON)));
        execution.setVariable(Variables.DECIDED_APPLICATION_IDS, TaskForms.json(boardDecision.applicationIds(callId)));
    }
}
