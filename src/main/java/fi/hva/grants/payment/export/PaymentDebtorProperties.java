package fi.hva.grants.payment.export;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The county's payer details for payment files, set per region. Left unset, writing a payment file
 * fails with a message naming the missing value rather than producing a file the bank rejects.
 */
@ConfigurationProperties(prefix = "grants.payment")
public record PaymentDebtorProperties(
        String debtorName,
        String debtorIban,
        String debtorBic,
        String debtorBusinessId) {

    public Debtor debtor() {
        return new Debtor(debtorName, debtorIban, debtorBic, debtorBusinessId);
    }
}
