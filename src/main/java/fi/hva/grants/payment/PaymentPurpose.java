package fi.hva.grants.payment;

/** What a payment is for; the remittance text on the association's bank statement says it. */
public enum PaymentPurpose {
    OPERATING_GRANT,
    PARTNERSHIP_GRANT
}
