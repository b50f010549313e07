package fi.hva.grants.cooperation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Kirjaa sopimus päättyneeksi". */
@Component
class MarkAgreementEndedDelegate implements JavaDelegate {

    private final CooperationAgreements agreements;

    MarkAgreementEndedDelegate(CooperationAgreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        agreements.markEnded(CooperationProcessVariables.AGREEMENT_ID.from(execution));
    }
}
