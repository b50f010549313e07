package fi.hva.grants.grant;

import fi.hva.grants.process.ProcessVariable;
import fi.hva.grants.process.Variables;

/** The variables of the application process (grant-application.bpmn) with their types. */
final class ApplicationProcessVariables {

    static final ProcessVariable<Long> APPLICATION_ID = ProcessVariable.id(Variables.APPLICATION_ID);
    static final ProcessVariable<ReviewOutcome> REVIEW_OUTCOME = ProcessVariable.choice(Variables.REVIEW_OUTCOME, ReviewOutcome.class);

    private ApplicationProcessVariables() {
    }
}
