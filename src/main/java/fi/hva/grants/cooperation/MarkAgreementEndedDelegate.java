package fi.hva.grants.cooperation;

import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Kirjaa sopimus päättyneeksi". */
@Component
public class MarkAgreementEndedDelegate implements JavaDelegate {

    private final CooperationAgreements agreements;

    public MarkAgreementEndedDelegate(CooperationAgreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        agreements.markEnded(execution.getVariable(Variables.AGREEMENT_ID));
    }
}
