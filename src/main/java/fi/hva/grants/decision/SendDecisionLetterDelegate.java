package fi.hva.grants.decision;

import fi.hva.grants.decision.letter.LetterKind;
import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Lähetä päätös hakijalle": e-mails the letter named by the input parameter {@code letterKind}.
 * Runs as a job of its own, so a mail server outage retries and ends as an incident.
 */
@Component
public class SendDecisionLetterDelegate implements JavaDelegate {

    private final DecisionNotices notices;

    public SendDecisionLetterDelegate(DecisionNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.send(execution.getVariable(Variables.APPLICATION_ID),
                LetterKind.valueOf((String) execution.getVariableLocal(CreateDecisionLetterDelegate.LETTER_KIND)));
    }
}
