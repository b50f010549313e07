package fi.hva.grants.partnership;

/** The partnership manager's decision on the draft agreement in "Hyväksy sopimusluonnos". */
enum DraftOutcome {
    APPROVED,
    RETURNED
}
