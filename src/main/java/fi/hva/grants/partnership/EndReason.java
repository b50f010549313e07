package fi.hva.grants.partnership;

/** Why a partnership agreement ended. */
public enum EndReason {
    PERIOD_ENDED,
    BUDGET_NOT_CONFIRMED,
    EXTERNAL_FUNDING_ENDED,
    BREACH,
    MUTUAL_AGREEMENT
}
