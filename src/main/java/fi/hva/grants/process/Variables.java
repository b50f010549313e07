package fi.hva.grants.process;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;

/**
 * Every process variable the models read or write. Business data stays in our own tables; the
 * processes hold ids and the few values their gateways and timers need.
 */
public final class Variables {

    /** Both processes: the call the instance belongs to (grant_call.id). */
    public static final String CALL_ID = "callId";
    /** Application process: grant_application.id. */
    public static final String APPLICATION_ID = "applicationId";

    public static final String LATE_SUBMISSION = "lateSubmission";
    /** Application process: a late application that the call's board decision no longer covers. */
    public static final String ARRIVED_AFTER_CALL_DECISION = "arrivedAfterCallDecision";
    public static final String LISTING_STATUS = "listingStatus";
    /** Application process: the eligibility table's answer (ELIGIBLE, INELIGIBLE, CHECK). */
    public static final String ELIGIBILITY = "eligibility";
    /** Application process: the eligibility table's reason, until it is stored on the application. */
    public static final String ELIGIBILITY_REASON = "eligibilityReason";
    /** Written by the DMN table reviewRouting; the review task's candidate group. */
    public static final String REVIEWER_GROUP = "reviewerGroup";
    /** Written by the DMN table municipalResponsibility. */
    public static final String MUNICIPAL_ACTIVITY = "municipalActivity";
    public static final String REVIEW_OUTCOME = "reviewOutcome";
    /** Sent with the AdditionalInfoReceived message. */
    public static final String INFO_ANSWER = "infoAnswer";
    /** Sent with the BoardDecisionMade message. */
    public static final String DECISION_OUTCOME = "decisionOutcome";

    /** Premises use: premises_use.id. */
    public static final String PREMISES_USE_ID = "premisesUseId";
    /** Premises use: whether the supervisor let the premises free of charge. */
    public static final String PREMISES_GRANTED = "premisesGranted";

    /** Payout: the instalment a multi-instance iteration pays (payment.id). */
    public static final String PAYMENT_ID = "paymentId";
    /** Payment batch process: payment_batch.id, absent when nothing was due. */
    public static final String BATCH_ID = "batchId";
    /** Payment batch process: the batch's payment ids (JSON list) for the notifying multi-instance; see DECIDED_APPLICATION_IDS. */
    public static final String BATCH_PAYMENT_IDS = "batchPaymentIds";

    /** Report process: the liaison officer's check of the use report (ACCEPTED, NEEDS_INFO, RECOVERY). */
    public static final String REPORT_CHECK = "reportCheck";
    /** Report process: whether the decision body decided to recover any money. */
    public static final String RECOVERING = "recovering";
    /** Partnership agreement ended early: whether money was paid, so that a final report is owed. */
    public static final String FINAL_REPORT_DUE = "finalReportDue";

    /**
     * Call process: the ids of the applications the board decision covers, fixed when it is recorded (JSON list).
     * The dispatch multi-instance reads its collection again for every application, so it must not be a query.
     */
    public static final String DECIDED_APPLICATION_IDS = "decidedApplicationIds";

    public static final String CALL_APPROVED = "callApproved";
    public static final String ALL_REVIEWED = "allReviewed";
    public static final String WITHIN_APPROPRIATION = "withinAppropriation";

    /** Task-local: a Markdown summary of the case that the task's form shows. */
    public static final String CASE_SUMMARY = "caseSummary";

    /** Cooperation agreement process: cooperation_agreement.id. */
    public static final String AGREEMENT_ID = "agreementId";
    /** Cooperation agreement process: whether the decision body approved the agreement. */
    public static final String AGREEMENT_APPROVED = "agreementApproved";
    /** Cooperation agreement process: whether the partnership manager renewed the agreement. */
    public static final String AGREEMENT_RENEWED = "agreementRenewed";

    /** Partnership negotiation and agreement processes: partnership.id. */
    public static final String PARTNERSHIP_ID = "partnershipId";
    /** Agreement process (one year of the multi-instance) and its payout: partnership_year.id. */
    public static final String PARTNERSHIP_YEAR_ID = "partnershipYearId";
    /** Written by the DMN table partnershipEligibility from the preliminary assessment. */
    public static final String PARTNERSHIP_ELIGIBLE = "partnershipEligible";
    /** Negotiation process: CONTINUE, AGREED or WITHDRAWN after a negotiation round. */
    public static final String NEGOTIATION_OUTCOME = "negotiationOutcome";
    /** Sent with the ExternalFundingDecided message. */
    public static final String FUNDING_GRANTED = "fundingGranted";
    /** Negotiation process: whether the partnership manager approved the draft agreement. */
    public static final String DRAFT_APPROVED = "draftApproved";
    /** Negotiation process: whether the decision body approved the agreement. */
    public static final String BOARD_APPROVED = "boardApproved";
    /** Agreement process: whether the year's grant was confirmed after the county budget. */
    public static final String YEAR_CONFIRMED = "yearConfirmed";
    /** Local to the budget wait: the agreement year, which the CountyBudgetApproved message matches. */
    public static final String BUDGET_YEAR = "budgetYear";
    /** Local to a report wait: the year ("2027") or FINAL, which the PartnershipReportReceived message matches. */
    public static final String EXPECTED_REPORT = "expectedReport";
    /** Partnership notice process: which decision the partnership manager records. */
    public static final String NOTICE_KIND = "noticeKind";

    /** Task-local form content, shown and gone with the task; everything else here is process state. */
    private static final Set<String> FORM_CONTENT = Set.of(CASE_SUMMARY);
    private static final Set<String> PROCESS_STATE = processState();

    private Variables() {
    }

    /** Whether the engine's history records the variable ({@link ProcessStateHistoryLevel}). */
    public static boolean isProcessState(String name) {
        return PROCESS_STATE.contains(name);
    }

    private static Set<String> processState() {
        Set<String> names = new HashSet<>();
        for (Field field : Variables.class.getFields()) {
            if (field.getType() == String.class && Modifier.isStatic(field.getModifiers())) {
                try {
                    names.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        names.removeAll(FORM_CONTENT);
        return Set.copyOf(names);
    }
}
