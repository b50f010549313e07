package fi.hva.grants.partnership;

import java.util.List;

/** The field keys of the partnership forms in forms/partnership-*.form. */
final class PartnershipFields {

    static final String INITIATED_BY = "initiatedBy";
    static final String ASSOCIATION_NAME = "associationName";
    static final String BUSINESS_ID = "businessId";
    static final String CONTACT_EMAIL = "contactEmail";
    static final String IBAN = "iban";
    static final String PROJECT_NAME = "projectName";
    static final String PROJECT_DESCRIPTION = "projectDescription";
    static final String EXTERNAL_FUNDER = "externalFunder";
    static final String FIRST_YEAR = "firstYear";
    static final String LAST_YEAR = "lastYear";
    static final String YEARLY_MAXIMUM = "yearlyMaximum";
    static final String RECEIVED_ON = "receivedOn";
    static final List<String> INITIATIVE = List.of(INITIATED_BY, ASSOCIATION_NAME, BUSINESS_ID, CONTACT_EMAIL, IBAN,
            PROJECT_NAME, PROJECT_DESCRIPTION, EXTERNAL_FUNDER, FIRST_YEAR, LAST_YEAR, YEARLY_MAXIMUM, RECEIVED_ON);

    /** One checkbox per criterion, named criterion_PROFESSIONAL_NGO and so on. */
    static final String CRITERION_PREFIX = "criterion_";
    static final String ASSESSMENT_NOTES = "assessmentNotes";

    static final String HELD_ON = "heldOn";
    static final String OUR_PROPOSAL = "ourProposal";
    static final String THEIR_ANSWER = "theirAnswer";
    static final String ROUND_NOTES = "roundNotes";
    static final String NEXT_MEETING_ON = "nextMeetingOn";
    static final String ROUND_OUTCOME = "roundOutcome";
    static final List<String> ROUND = List.of(HELD_ON, OUR_PROPOSAL, THEIR_ANSWER, ROUND_NOTES, NEXT_MEETING_ON, ROUND_OUTCOME);

    static final String DRAFT_OUTCOME = "draftOutcome";
    static final String DRAFT_NOTES = "draftNotes";
    static final List<String> DRAFT_APPROVAL = List.of(DRAFT_OUTCOME, DRAFT_NOTES);

    static final String BOARD_OUTCOME = "boardOutcome";
    static final String BOARD_REFERENCE = "boardReference";
    static final String BOARD_DECIDED_ON = "boardDecidedOn";
    static final String APPROVED_YEARLY_MAXIMUM = "approvedYearlyMaximum";
    static final List<String> BOARD_APPROVAL = List.of(BOARD_OUTCOME, BOARD_REFERENCE, BOARD_DECIDED_ON, APPROVED_YEARLY_MAXIMUM);

    static final String SIGNED_BY_ASSOCIATION_ON = "signedByAssociationOn";
    static final String SIGNED_BY_COUNTY_ON = "signedByCountyOn";
    static final List<String> SIGNATURES = List.of(SIGNED_BY_ASSOCIATION_ON, SIGNED_BY_COUNTY_ON);

    static final String YEAR_OUTCOME = "yearOutcome";
    static final String CONFIRMED_AMOUNT = "confirmedAmount";
    static final String CONFIRMATION_NOTES = "confirmationNotes";
    static final List<String> YEAR_CONFIRMATION = List.of(YEAR_OUTCOME, CONFIRMED_AMOUNT, CONFIRMATION_NOTES);

    static final String REPORT_OUTCOME = "reportOutcome";
    static final String REPORT_NOTES = "reportNotes";
    static final List<String> REPORT_CHECK = List.of(REPORT_OUTCOME, REPORT_NOTES);

    static final String PARTNERSHIP_NUMBER = "partnershipNumber";
    static final String FUNDING_OUTCOME = "fundingOutcome";
    static final String DECIDED_ON = "decidedOn";
    static final String REFERENCE = "reference";
    static final String NOTICE_NOTES = "noticeNotes";
    static final String BUDGET_YEAR = "budgetYear";
    static final String TERMINATION_REASON = "terminationReason";
    static final List<String> NOTICE = List.of(PARTNERSHIP_NUMBER, FUNDING_OUTCOME, DECIDED_ON, REFERENCE, NOTICE_NOTES,
            BUDGET_YEAR, TERMINATION_REASON);

    private PartnershipFields() {
    }
}
