package fi.hva.grants.partnership;

/** Which decision the partnership manager records in the partnership notice process. */
enum NoticeKind {
    FUNDING_DECISION,
    COUNTY_BUDGET,
    TERMINATION
}
