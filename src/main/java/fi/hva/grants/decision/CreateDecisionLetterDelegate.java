package fi.hva.grants.decision;

import fi.hva.grants.decision.letter.LetterKind;
import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Laadi päätöskirje" and "Laadi päätös oikaisuvaatimukseen": which letter comes from the task's
 * input parameter {@code letterKind}, so one element template serves both.
 */
@Component
public class CreateDecisionLetterDelegate implements JavaDelegate {

    static final String LETTER_KIND = "letterKind";

    private final DecisionLetters letters;

    public CreateDecisionLetterDelegate(DecisionLetters letters) {
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        letters.create(execution.getVariable(Variables.APPLICATION_ID),
                LetterKind.valueOf((String) execution.getVariableLocal(LETTER_KIND)));
    }
}
