package fi.hva.grants.payment;

/**
 * The case a payout pays, with its kind, so that {@link Payments#schedule} asks the one source of that
 * kind rather than the first source whose variable happens to be set.
 *
 * @param purpose the kind of case, which names its {@link PayoutSource}
 * @param id the case's id in its source's table (grant_application.id or partnership_year.id)
 */
record PayoutCaseId(PaymentPurpose purpose, long id) {
}
