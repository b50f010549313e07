package fi.hva.grants.partnership;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Päätä sopimus ja peru maksamattomat erät". */
@Component
class CancelRemainingInstalmentsDelegate implements JavaDelegate {

    private final AgreementYears years;

    CancelRemainingInstalmentsDelegate(AgreementYears years) {
        this.years = years;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PartnershipAgreementProcessVariables.FINAL_REPORT_DUE.set(execution, years.cancelRemaining(
                PartnershipAgreementProcessVariables.PARTNERSHIP_ID.from(execution)));
    }
}
