package fi.hva.grants.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Lähetä takaisinperintäpäätös": the decision with its amount and due date to the association. */
@Component
class SendRecoveryDecisionDelegate implements JavaDelegate {

    private final Recoveries recoveries;

    SendRecoveryDecisionDelegate(Recoveries recoveries) {
        this.recoveries = recoveries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        recoveries.sendDecision(ReportProcessVariables.APPLICATION_ID.from(execution));
    }
}
