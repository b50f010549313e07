package fi.hva.grants.grant;

/** The attachments a grant application asks for. */
public enum AttachmentKind {
    BUDGET,
    ACTION_PLAN,
    FINANCIAL_STATEMENTS,
    ANNUAL_REPORT,
    OTHER
}
