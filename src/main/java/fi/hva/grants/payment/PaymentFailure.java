package fi.hva.grants.payment;

/**
 * A payment the bank returned, as finance writes it in "Vahvista maksuerä"; either part may be missing,
 * which {@link PaymentBatches#confirm} refuses.
 *
 * @param reference the payment's reference in the payment file
 * @param reason why the bank returned it
 */
record PaymentFailure(String reference, String reason) {
}
