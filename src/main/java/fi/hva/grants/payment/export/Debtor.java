package fi.hva.grants.payment.export;

/**
 * The county as the payer.
 *
 * @param businessId the county's Y-tunnus, which identifies the initiating party to the bank
 */
public record Debtor(String name, String iban, String bic, String businessId) {
}
