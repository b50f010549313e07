package fi.hva.grants.decision;

/** The decision a rectification request is against. */
public enum RectificationTarget { GRANT_DECISION, RECOVERY_DECISION }
