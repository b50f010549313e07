package fi.hva.grants.cooperation;

import static fi.hva.grants.cooperation.AgreementForms.APPROVAL_DECIDED_ON;
import static fi.hva.grants.cooperation.AgreementForms.APPROVAL_NOTES;
import static fi.hva.grants.cooperation.AgreementForms.APPROVAL_OUTCOME;
import static fi.hva.grants.cooperation.AgreementForms.APPROVAL_REFERENCE;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskCompletedBy;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tallenna sopimuksen hyväksyntä": sets whether the decision body approved the agreement. */
@Component
public class SaveAgreementApprovalDelegate implements JavaDelegate {

    private final CooperationAgreements agreements;

    public SaveAgreementApprovalDelegate(CooperationAgreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> form = TaskForms.take(execution, AgreementForms.APPROVAL_FIELDS);
        boolean approved = agreements.recordApproval(execution.getVariable(Variables.AGREEMENT_ID),
                FormValues.text(form.get(APPROVAL_OUTCOME)), FormValues.text(form.get(APPROVAL_NOTES)),
                FormValues.text(form.get(APPROVAL_REFERENCE)), FormValues.date(form.get(APPROVAL_DECIDED_ON)),
                TaskCompletedBy.of(execution));
        execution.setVariable(Variables.AGREEMENT_APPROVED, approved);
    }
}
