package fi.hva.grants.cooperation;

import static fi.hva.grants.cooperation.AgreementForms.ASSOCIATION_RESPONSIBILITIES;
import static fi.hva.grants.cooperation.AgreementForms.COUNTY_RESPONSIBILITIES;
import static fi.hva.grants.cooperation.AgreementForms.TERMS;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskCompletedBy;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tallenna sopimusluonnos". */
@Component
public class SaveAgreementDraftDelegate implements JavaDelegate {

    private final CooperationAgreements agreements;

    public SaveAgreementDraftDelegate(CooperationAgreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> form = TaskForms.take(execution, AgreementForms.DRAFT_FIELDS);
        agreements.prepare(execution.getVariable(Variables.AGREEMENT_ID), FormValues.text(form.get(TERMS)),
                FormValues.text(form.get(ASSOCIATION_RESPONSIBILITIES)), FormValues.text(form.get(COUNTY_RESPONSIBILITIES)),
                TaskCompletedBy.of(execution));
    }
}
