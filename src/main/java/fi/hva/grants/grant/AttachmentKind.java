package fi.hva.grants.grant;

/** The attachments a grant application asks for. */
public enum AttachmentKind {
    BUDGET,
    ACTION_PLAN,
    FINANCIAL_STATEMENTS,
    ANNUAL_REPORT,
    OTHER;

    /** The kind a client names exactly, or null for any other value. */
    public static AttachmentKind named(String name) {
        for (AttachmentKind kind : values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
