package fi.hva.grants.decision.letter;

/**
 * Which decision the letter carries. The kind decides the remedy the recipient is told about: a
 * first decision can only be challenged by a rectification request to the decision body, the
 * decision on that request by an appeal to the administrative court. A decision to recover a grant
 * is a first decision of its own, open to a rectification request like the grant decision, and the
 * decision on that request to an appeal.
 */
public enum LetterKind {
    DECISION,
    RECTIFICATION_DECISION,
    RECOVERY_DECISION,
    RECOVERY_RECTIFICATION_DECISION;

    /** A decision on a rectification request: only an appeal to the administrative court is left. */
    public boolean answersRectification() {
        return this == RECTIFICATION_DECISION || this == RECOVERY_RECTIFICATION_DECISION;
    }

    public boolean isRecovery() {
        return this == RECOVERY_DECISION || this == RECOVERY_RECTIFICATION_DECISION;
    }
}
