package fi.hva.grants.grant;

/** How the decision body decided a whole call. */
enum BoardDecisionType {
    AS_PROPOSED,
    WITH_CHANGES
}
