package fi.hva.grants.payment.export;

import static fi.hva.grants.payment.export.PaymentExamples.COUNTY;
import static fi.hva.grants.payment.export.PaymentExamples.CREATED_AT;
import static fi.hva.grants.payment.export.PaymentExamples.EXECUTION_DATE;
import static fi.hva.grants.payment.export.PaymentExamples.MESSAGE_ID;
import static fi.hva.grants.payment.export.PaymentExamples.NUORISOSEURA;
import static fi.hva.grants.payment.export.PaymentExamples.SYDANYHDISTYS;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class Pain001WriterRefusalTest {

    private final Pain001Writer writer = new Pain001Writer();

    @Test
    void refusesAnEmptyBatch() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> write(List.of()))
                .withMessage("A payment file needs at least one payment");
    }

    @Test
    void refusesAZeroAmount() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> write(List.of(SYDANYHDISTYS, PaymentExamples.withAmount(NUORISOSEURA, "0.00"))))
                .withMessage("Payment 2 (TA-2026-0043-1): amount must be more than zero: 0.00");
    }

    @Test
    void refusesANegativeAmount() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> write(List.of(PaymentExamples.withAmount(SYDANYHDISTYS, "-1500.00"))))
                .withMessageContaining("amount must be more than zero");
    }

    @Test
    void refusesCentFractionsInsteadOfRoundingThem() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> write(List.of(PaymentExamples.withAmount(SYDANYHDISTYS, "1500.005"))))
                .withMessageContaining("amount has more than two decimals: 1500.005");
    }

    @Test
    void refusesACreditorNameOverSeventyCharacters() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> write(List.of(PaymentExamples.withName(SYDANYHDISTYS, "ä".repeat(71)))))
                .withMessageContaining("creditor name is 71 characters long, at most 70 are allowed");
    }

    @Test
    void refusesAMessageOverOneHundredFortyCharacters() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> write(List.of(PaymentExamples.withMessage(SYDANYHDISTYS, "ö".repeat(141)))))
                .withMessageContaining("message is 141 characters long, at most 140 are allowed");
    }

    @Test
    void refusesAnEndToEndIdOverThirtyFiveCharacters() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> write(List.of(PaymentExamples.withEndToEndId(SYDANYHDISTYS, "T".repeat(36)))))
                .withMessageContaining("end-to-end id is 36 characters long, at most 35 are allowed");
    }

    @Test
    void refusesAMessageIdOverThirtyFiveCharacters() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> writer.write("M".repeat(36), CREATED_AT, EXECUTION_DATE, COUNTY,
                        List.of(SYDANYHDISTYS)))
                .withMessageContaining("Message id is 36 characters long, at most 35 are allowed");
    }

    @Test
    void refusesFinnishLettersInAnIdentifierBecauseSepaIdentifiersCannotCarryThem() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> write(List.of(PaymentExamples.withEndToEndId(SYDANYHDISTYS, "TA-2026-ÄÖ-1"))))
                .withMessageContaining("end-to-end id may contain only");
    }

    @Test
    void refusesAnInvalidIban() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> write(List.of(PaymentExamples.withIban(SYDANYHDISTYS, "FI2112345600000786"))))
                .withMessageContaining("creditor IBAN is not a valid IBAN: FI2112345600000786");
    }

    @Test
    void refusesAPayerWhoseAccountIsNotConfigured() {
        Debtor unconfigured = new PaymentDebtorProperties("Kainuun hyvinvointialue", null, "OKOYFIHH", "1234567-1")
                .debtor();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> writer.write(MESSAGE_ID, CREATED_AT, EXECUTION_DATE, unconfigured,
                        List.of(SYDANYHDISTYS)))
                .withMessage("Payer IBAN (grants.payment.debtor-iban) is missing");
    }

    private byte[] write(List<PaymentInstruction> payments) {
        return writer.write(MESSAGE_ID, CREATED_AT, EXECUTION_DATE, COUNTY, payments);
    }
}
