package fi.hva.grants.partnership;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Kirjaa sopimus rauenneeksi". */
@Component
class MarkPartnershipLapsedDelegate implements JavaDelegate {

    private final AgreementYears years;

    MarkPartnershipLapsedDelegate(AgreementYears years) {
        this.years = years;
    }

    @Override
    public void execute(DelegateExecution execution) {
        years.lapse(PartnershipAgreementProcessVariables.PARTNERSHIP_ID.from(execution));
    }
}
