package fi.hva.grants.partnership;

import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Kirjaa rahoituspäätöksen puuttuminen". */
@Component
public class RecordFundingMissingDelegate implements JavaDelegate {

    private final Negotiations negotiations;

    public RecordFundingMissingDelegate(Negotiations negotiations) {
        this.negotiations = negotiations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        negotiations.recordFundingMissing(execution.getVariable(Variables.PARTNERSHIP_ID));
    }
}
