package fi.hva.grants.decision;

import static fi.hva.grants.decision.DecisionProcessVariables.APPLICATION_ID;
import static fi.hva.grants.decision.DecisionProcessVariables.LETTER_KIND;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Lähetä päätös hakijalle": e-mails the letter named by the input parameter {@code letterKind}.
 * Runs as a job of its own, so a mail server outage retries and ends as an incident.
 */
@Component
class SendDecisionLetterDelegate implements JavaDelegate {

    private final DecisionNotices notices;

    SendDecisionLetterDelegate(DecisionNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.send(APPLICATION_ID.from(execution), LETTER_KIND.from(execution));
    }
}
