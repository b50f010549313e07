package fi.hva.grants.partnership;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskCompletedBy;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tallenna luonnoksen hyväksyntä". */
@Component
public class SaveDraftApprovalDelegate implements JavaDelegate {

    private final PartnershipAgreements agreements;

    public SaveDraftApprovalDelegate(PartnershipAgreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> form = TaskForms.take(execution, PartnershipFields.DRAFT_APPROVAL);
        execution.setVariable(Variables.DRAFT_APPROVED, agreements.recordDraftApproval(execution.getVariable(Variables.PARTNERSHIP_ID),
                FormValues.text(form.get(PartnershipFields.DRAFT_OUTCOME)), FormValues.text(form.get(PartnershipFields.DRAFT_NOTES)),
                TaskCompletedBy.of(execution)));
    }
}
