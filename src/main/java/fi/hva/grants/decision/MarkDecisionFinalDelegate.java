package fi.hva.grants.decision;

import static fi.hva.grants.decision.DecisionProcessVariables.APPLICATION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Kirjaa päätös lainvoimaiseksi": no request or appeal came in time; payout may follow from here. */
@Component
class MarkDecisionFinalDelegate implements JavaDelegate {

    private final RectificationRequests rectificationRequests;

    MarkDecisionFinalDelegate(RectificationRequests rectificationRequests) {
        this.rectificationRequests = rectificationRequests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        rectificationRequests.markFinal(APPLICATION_ID.from(execution));
    }
}
