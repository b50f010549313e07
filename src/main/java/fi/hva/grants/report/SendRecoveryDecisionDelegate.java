package fi.hva.grants.report;

import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Lähetä takaisinperintäpäätös": the decision with its amount and due date to the association. */
@Component
public class SendRecoveryDecisionDelegate implements JavaDelegate {

    private final Recoveries recoveries;

    public SendRecoveryDecisionDelegate(Recoveries recoveries) {
        this.recoveries = recoveries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        recoveries.sendDecision(execution.getVariable(Variables.APPLICATION_ID));
    }
}
