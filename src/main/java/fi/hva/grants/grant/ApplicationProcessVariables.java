package fi.hva.grants.grant;

import fi.hva.grants.lahella.ListingStatus;
import fi.hva.grants.process.ProcessVariable;
import fi.hva.grants.process.Variables;

/** The variables of the application process (grant-application.bpmn) with their types. */
final class ApplicationProcessVariables {

    static final ProcessVariable<Long> APPLICATION_ID = ProcessVariable.id(Variables.APPLICATION_ID);
    static final ProcessVariable<Boolean> LATE_SUBMISSION = ProcessVariable.flag(Variables.LATE_SUBMISSION);
    static final ProcessVariable<Boolean> ARRIVED_AFTER_CALL_DECISION = ProcessVariable.flag(Variables.ARRIVED_AFTER_CALL_DECISION);
    static final ProcessVariable<ListingStatus> LISTING_STATUS = ProcessVariable.choice(Variables.LISTING_STATUS, ListingStatus.class);
    /** Written by the DMN table applicationEligibility (an output mapping of "Arvioi hakukelpoisuus"). */
    static final ProcessVariable<Eligibility> ELIGIBILITY = ProcessVariable.choice(Variables.ELIGIBILITY, Eligibility.class);
    /** The table's reason; removed once stored on the application. */
    static final ProcessVariable<String> ELIGIBILITY_REASON = ProcessVariable.text(Variables.ELIGIBILITY_REASON);
    /** Written by the DMN table reviewRouting. */
    static final ProcessVariable<String> REVIEWER_GROUP = ProcessVariable.text(Variables.REVIEWER_GROUP);
    /** Written by the DMN table municipalResponsibility. */
    static final ProcessVariable<Boolean> MUNICIPAL_ACTIVITY = ProcessVariable.flag(Variables.MUNICIPAL_ACTIVITY);
    static final ProcessVariable<ReviewOutcome> REVIEW_OUTCOME = ProcessVariable.choice(Variables.REVIEW_OUTCOME, ReviewOutcome.class);
    /** Sent with the AdditionalInfoReceived message. */
    static final ProcessVariable<String> INFO_ANSWER = ProcessVariable.text(Variables.INFO_ANSWER);
    /** Sent with the BoardDecisionMade message, or set by the late application's own decision. */
    static final ProcessVariable<DecisionOutcome> DECISION_OUTCOME = ProcessVariable.choice(Variables.DECISION_OUTCOME, DecisionOutcome.class);

    private ApplicationProcessVariables() {
    }
}
