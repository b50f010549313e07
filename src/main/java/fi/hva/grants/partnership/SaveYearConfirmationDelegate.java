package fi.hva.grants.partnership;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskCompletedBy;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tallenna vuoden vahvistus". */
@Component
public class SaveYearConfirmationDelegate implements JavaDelegate {

    private final AgreementYears years;

    public SaveYearConfirmationDelegate(AgreementYears years) {
        this.years = years;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> form = TaskForms.take(execution, PartnershipFields.YEAR_CONFIRMATION);
        execution.setVariableLocal(Variables.YEAR_CONFIRMED, years.confirm(execution.getVariable(Variables.PARTNERSHIP_YEAR_ID),
                FormValues.text(form.get(PartnershipFields.YEAR_OUTCOME)), FormValues.amount(form.get(PartnershipFields.CONFIRMED_AMOUNT)),
                FormValues.text(form.get(PartnershipFields.CONFIRMATION_NOTES)), TaskCompletedBy.of(execution)));
    }
}
