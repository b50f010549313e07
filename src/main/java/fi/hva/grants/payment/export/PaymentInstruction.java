package fi.hva.grants.payment.export;

import java.math.BigDecimal;

/**
 * One grant payment to one association.
 *
 * @param endToEndId identifies the payment through the bank chain back to the grant, at most 35 characters,
 *     e.g. {@code TA-2026-0042-1}
 * @param creditorName the receiving association, at most 70 characters
 * @param creditorIban the receiving account
 * @param amount euros with at most two decimals, more than zero
 * @param remittanceInformation the message shown to the association, at most 140 characters
 */
public record PaymentInstruction(
        String endToEndId,
        String creditorName,
        String creditorIban,
        BigDecimal amount,
        String remittanceInformation) {
}
