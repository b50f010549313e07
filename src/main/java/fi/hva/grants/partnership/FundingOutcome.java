package fi.hva.grants.partnership;

/** The external funder's decision, as the partnership manager records it. */
enum FundingOutcome {
    GRANTED,
    DENIED
}
