package fi.hva.grants.partnership;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tallenna allekirjoitukset" of the partnership agreement. */
@Component
public class SavePartnershipSignaturesDelegate implements JavaDelegate {

    private final PartnershipAgreements agreements;

    public SavePartnershipSignaturesDelegate(PartnershipAgreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> form = TaskForms.take(execution, PartnershipFields.SIGNATURES);
        agreements.sign(execution.getVariable(Variables.PARTNERSHIP_ID),
                FormValues.date(form.get(PartnershipFields.SIGNED_BY_ASSOCIATION_ON)),
                FormValues.date(form.get(PartnershipFields.SIGNED_BY_COUNTY_ON)));
    }
}
