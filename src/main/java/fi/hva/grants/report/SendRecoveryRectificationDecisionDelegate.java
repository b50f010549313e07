package fi.hva.grants.report;

import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Lähetä päätös oikaisuvaatimukseen": the decision on the request, with appeal instructions, to the association. */
@Component
public class SendRecoveryRectificationDecisionDelegate implements JavaDelegate {

    private final RecoveryRectifications rectifications;

    public SendRecoveryRectificationDecisionDelegate(RecoveryRectifications rectifications) {
        this.rectifications = rectifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        rectifications.sendDecision(execution.getVariable(Variables.APPLICATION_ID));
    }
}
