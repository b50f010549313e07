package fi.hva.grants.partnership;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskCompletedBy;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tallenna toimielimen päätös" on the partnership agreement. */
@Component
public class SavePartnershipBoardDecisionDelegate implements JavaDelegate {

    private final PartnershipAgreements agreements;

    public SavePartnershipBoardDecisionDelegate(PartnershipAgreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> form = TaskForms.take(execution, PartnershipFields.BOARD_APPROVAL);
        execution.setVariable(Variables.BOARD_APPROVED, agreements.recordBoardDecision(execution.getVariable(Variables.PARTNERSHIP_ID),
                FormValues.text(form.get(PartnershipFields.BOARD_OUTCOME)), FormValues.text(form.get(PartnershipFields.BOARD_REFERENCE)),
                FormValues.date(form.get(PartnershipFields.BOARD_DECIDED_ON)),
                FormValues.amount(form.get(PartnershipFields.APPROVED_YEARLY_MAXIMUM)), TaskCompletedBy.of(execution)));
    }
}
