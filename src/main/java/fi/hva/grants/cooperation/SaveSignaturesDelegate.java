package fi.hva.grants.cooperation;

import static fi.hva.grants.cooperation.AgreementForms.SIGNED_BY_ASSOCIATION_ON;
import static fi.hva.grants.cooperation.AgreementForms.SIGNED_BY_COUNTY_ON;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tallenna allekirjoitukset": the agreement comes into force. */
@Component
public class SaveSignaturesDelegate implements JavaDelegate {

    private final CooperationAgreements agreements;

    public SaveSignaturesDelegate(CooperationAgreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> form = TaskForms.take(execution, AgreementForms.SIGNATURE_FIELDS);
        agreements.sign(execution.getVariable(Variables.AGREEMENT_ID), FormValues.date(form.get(SIGNED_BY_ASSOCIATION_ON)),
                FormValues.date(form.get(SIGNED_BY_COUNTY_ON)));
    }
}
