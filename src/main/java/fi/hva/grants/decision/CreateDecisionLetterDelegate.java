package fi.hva.grants.decision;

import static fi.hva.grants.decision.DecisionProcessVariables.APPLICATION_ID;
import static fi.hva.grants.decision.DecisionProcessVariables.LETTER_KIND;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Laadi päätöskirje" and "Laadi päätös oikaisuvaatimukseen": which letter comes from the task's
 * input parameter {@code letterKind}, so one element template serves both.
 */
@Component
class CreateDecisionLetterDelegate implements JavaDelegate {

    private final DecisionLetters letters;

    CreateDecisionLetterDelegate(DecisionLetters letters) {
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        letters.create(APPLICATION_ID.from(execution), LETTER_KIND.from(execution));
    }
}
