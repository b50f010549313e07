package fi.hva.grants.call;

public enum CallStatus {
    DRAFT,
    AWAITING_APPROVAL,
    PUBLISHED,
    OPEN,
    CLOSED,
    PROPOSED,
    DECIDED
}
