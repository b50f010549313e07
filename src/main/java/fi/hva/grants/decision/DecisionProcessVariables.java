package fi.hva.grants.decision;

import fi.hva.grants.decision.letter.LetterKind;
import fi.hva.grants.grant.DecisionOutcome;
import fi.hva.grants.process.ProcessVariable;
import fi.hva.grants.process.Variables;

/** The variables of the decision process (grant-decision.bpmn) with their types. */
final class DecisionProcessVariables {

    static final ProcessVariable<Long> APPLICATION_ID = ProcessVariable.id(Variables.APPLICATION_ID);
    /** The outcome the application goes on with; a rectification decision may change it. */
    static final ProcessVariable<DecisionOutcome> DECISION_OUTCOME = ProcessVariable.choice(Variables.DECISION_OUTCOME, DecisionOutcome.class);
    /**
     * Input parameter of the letter tasks (element template fi.hva.grants.createDecisionLetter and
     * sendDecisionLetter): which letter is made and sent, so one template serves both letters.
     */
    static final ProcessVariable<LetterKind> LETTER_KIND = ProcessVariable.choice("letterKind", LetterKind.class);

    private DecisionProcessVariables() {
    }
}
