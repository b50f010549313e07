package fi.hva.grants.report;

import fi.hva.grants.decision.letter.LetterKind;
import fi.hva.grants.process.ProcessVariable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Laadi takaisinperintäpäätös" and "Laadi päätös oikaisuvaatimukseen": the letter named by the input parameter
 * {@code letterKind} is made and kept before it is mailed or posted.
 */
@Component
class CreateRecoveryLetterDelegate implements JavaDelegate {

    static final ProcessVariable<LetterKind> LETTER_KIND = ProcessVariable.choice("letterKind", LetterKind.class);

    private final RecoveryLetters letters;

    CreateRecoveryLetterDelegate(RecoveryLetters letters) {
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        letters.create(ReportProcessVariables.APPLICATION_ID.from(execution), LETTER_KIND.from(execution));
    }
}
