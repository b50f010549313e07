package fi.hva.grants.partnership;

import fi.hva.grants.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Välitä talousarvio sopimuksille". Runs in the starting transaction: a mistake fails the start. */
@Component
class ForwardCountyBudgetDelegate implements JavaDelegate {

    private final AgreementYears years;

    ForwardCountyBudgetDelegate(AgreementYears years) {
        this.years = years;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PartnershipNotice notice = PartnershipNotice.parse(TaskForms.take(execution, PartnershipNotice.FIELD_KEYS));
        years.approveBudget(notice.budgetYear(), notice.reference(), notice.decidedOn());
    }
}
