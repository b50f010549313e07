package fi.hva.grants.process;

/** Ids of the deployed BPMN processes, DMN decisions and messages, as written in processes/. */
public final class ProcessKeys {

    public static final String CALL_PROCESS = "grantCall";
    public static final String APPLICATION_PROCESS = "grantApplication";
    public static final String DECISION_PROCESS = "grantDecision";
    public static final String PAYOUT_PROCESS = "grantPayout";
    public static final String PAYMENT_BATCH_PROCESS = "paymentBatch";
    public static final String REPORT_PROCESS = "grantReport";
    /** An officer records the association's response to a recovery hearing that came by post or e-mail. */
    public static final String HEARING_RESPONSE_PROCESS = "hearingResponseRecord";
    /** An officer records a rectification request that came by post, at the registry office or by e-mail. */
    public static final String RECTIFICATION_REQUEST_PROCESS = "rectificationRequestRecord";
    /** The board secretary records when the minutes with a decision were published (county members' period). */
    public static final String MINUTES_PUBLICATION_PROCESS = "minutesPublicationRecord";
    /** An association asks to use the county's premises free of charge; their supervisor decides. */
    public static final String PREMISES_USE_PROCESS = "premisesUse";

    public static final String REVIEW_ROUTING_DECISION = "reviewRouting";
    public static final String MUNICIPAL_RESPONSIBILITY_DECISION = "municipalResponsibility";

    public static final String MESSAGE_ALL_REVIEWED = "AllApplicationsReviewed";
    public static final String MESSAGE_BOARD_DECISION = "BoardDecisionMade";
    public static final String MESSAGE_INFO_RECEIVED = "AdditionalInfoReceived";
    public static final String MESSAGE_RECTIFICATION_REQUESTED = "RectificationRequested";
    public static final String MESSAGE_MINUTES_PUBLISHED = "MinutesPublished";
    public static final String MESSAGE_PAYMENT_SETTLED = "PaymentSettled";
    public static final String MESSAGE_GRANT_DECLINED = "GrantDeclined";
    public static final String MESSAGE_PAYMENT_BATCH_REQUESTED = "PaymentBatchRequested";
    public static final String MESSAGE_USE_REPORT_RECEIVED = "UseReportReceived";
    public static final String MESSAGE_HEARING_RESPONSE = "HearingResponseReceived";
    public static final String MESSAGE_RECOVERY_RECTIFICATION_REQUESTED = "RecoveryRectificationRequested";

    public static final String COOPERATION_AGREEMENT_PROCESS = "cooperationAgreement";
    public static final String PARTNERSHIP_NEGOTIATION_PROCESS = "partnershipNegotiation";
    public static final String PARTNERSHIP_AGREEMENT_PROCESS = "partnershipAgreement";
    public static final String PARTNERSHIP_NOTICE_PROCESS = "partnershipNotice";
    public static final String PARTNERSHIP_ELIGIBILITY_DECISION = "partnershipEligibility";
    public static final String MESSAGE_EXTERNAL_FUNDING_DECIDED = "ExternalFundingDecided";
    public static final String MESSAGE_COUNTY_BUDGET_APPROVED = "CountyBudgetApproved";
    public static final String MESSAGE_PARTNERSHIP_REPORT_RECEIVED = "PartnershipReportReceived";
    public static final String MESSAGE_PARTNERSHIP_TERMINATED = "PartnershipTerminated";

    private ProcessKeys() {
    }
}
