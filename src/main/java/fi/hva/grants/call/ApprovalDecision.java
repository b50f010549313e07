package fi.hva.grants.call;

/** What the decision body did with a prepared call ("Kirjaa haun hyväksyntä"). */
enum ApprovalDecision {
    APPROVED,
    RETURNED
}
