package fi.hva.grants.grant;

/** The reviewer's choice in the review form; the application process branches on it. */
enum ReviewOutcome {
    SCORED,
    NEEDS_INFO,
    DISQUALIFIED
}
