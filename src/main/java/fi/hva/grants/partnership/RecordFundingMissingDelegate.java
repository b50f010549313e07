package fi.hva.grants.partnership;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Kirjaa rahoituspäätöksen puuttuminen". */
@Component
class RecordFundingMissingDelegate implements JavaDelegate {

    private final Negotiations negotiations;

    RecordFundingMissingDelegate(Negotiations negotiations) {
        this.negotiations = negotiations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        negotiations.recordFundingMissing(PartnershipNegotiationProcessVariables.PARTNERSHIP_ID.from(execution));
    }
}
