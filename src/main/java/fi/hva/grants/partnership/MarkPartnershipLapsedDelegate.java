package fi.hva.grants.partnership;

import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Kirjaa sopimus rauenneeksi". */
@Component
public class MarkPartnershipLapsedDelegate implements JavaDelegate {

    private final AgreementYears years;

    public MarkPartnershipLapsedDelegate(AgreementYears years) {
        this.years = years;
    }

    @Override
    public void execute(DelegateExecution execution) {
        years.lapse(execution.getVariable(Variables.PARTNERSHIP_ID));
    }
}
