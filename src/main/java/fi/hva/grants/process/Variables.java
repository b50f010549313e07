package fi.hva.grants.process;

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
    public static final String LISTING_STATUS = "listingStatus";
    /** Written by the DMN table reviewRouting; the review task's candidate group. */
    public static final String REVIEWER_GROUP = "reviewerGroup";
    /** Written by the DMN table municipalResponsibility. */
    public static final String MUNICIPAL_ACTIVITY = "municipalActivity";
    public static final String REVIEW_OUTCOME = "reviewOutcome";
    /** Sent with the AdditionalInfoReceived message. */
    public static final String INFO_ANSWER = "infoAnswer";
    /** Sent with the BoardDecisionMade message. */
    public static final String DECISION_OUTCOME = "decisionOutcome";

    /** Payout: the instalment a multi-instance iteration pays (payment.id). */
    public static final String PAYMENT_ID = "paymentId";
    /** Payment batch process: payment_batch.id, absent when nothing was due. */
    public static final String BATCH_ID = "batchId";

    /** Report process: the liaison officer's check of the use report (ACCEPTED, NEEDS_INFO, RECOVERY). */
    public static final String REPORT_CHECK = "reportCheck";
    /** Report process: whether the decision body decided to recover any money. */
    public static final String RECOVERING = "recovering";

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

    private Variables() {
    }
}
