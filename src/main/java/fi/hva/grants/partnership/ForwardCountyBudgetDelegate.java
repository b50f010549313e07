package fi.hva.grants.partnership;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskForms;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Välitä talousarvio sopimuksille". Runs in the starting transaction: a mistake fails the start. */
@Component
public class ForwardCountyBudgetDelegate implements JavaDelegate {

    private final AgreementYears years;

    public ForwardCountyBudgetDelegate(AgreementYears years) {
        this.years = years;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> form = TaskForms.take(execution, PartnershipFields.NOTICE);
        years.approveBudget(FormValues.integer(form.get(PartnershipFields.BUDGET_YEAR)), FormValues.text(form.get(PartnershipFields.REFERENCE)),
                FormValues.date(form.get(PartnershipFields.DECIDED_ON)));
    }
}
