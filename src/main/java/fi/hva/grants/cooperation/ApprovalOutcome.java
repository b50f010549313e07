package fi.hva.grants.cooperation;

/** What the decision body did with the agreement in "Hyväksy sopimus". */
enum ApprovalOutcome {
    APPROVED,
    RETURNED
}
