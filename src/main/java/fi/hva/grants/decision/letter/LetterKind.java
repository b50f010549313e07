package fi.hva.grants.decision.letter;

/**
 * Which decision the letter carries. The kind decides the remedy the recipient is told about: a
 * first decision can only be challenged by a rectification request to the decision body, the
 * decision on that request by an appeal to the administrative court.
 */
public enum LetterKind {
    DECISION,
    RECTIFICATION_DECISION
}
