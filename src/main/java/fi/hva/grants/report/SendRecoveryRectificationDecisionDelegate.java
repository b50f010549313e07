package fi.hva.grants.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Lähetä päätös oikaisuvaatimukseen": the decision on the request, with appeal instructions, to the association. */
@Component
class SendRecoveryRectificationDecisionDelegate implements JavaDelegate {

    private final RecoveryRectifications rectifications;

    SendRecoveryRectificationDecisionDelegate(RecoveryRectifications rectifications) {
        this.rectifications = rectifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        rectifications.sendDecision(ReportProcessVariables.APPLICATION_ID.from(execution));
    }
}
