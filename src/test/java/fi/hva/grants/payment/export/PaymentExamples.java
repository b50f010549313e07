package fi.hva.grants.payment.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

final class PaymentExamples {

    static final String MESSAGE_ID = "MAKSU-2026-03-001";
    static final LocalDateTime CREATED_AT = LocalDateTime.of(2026, 3, 2, 14, 5, 30, 123_000_000);
    static final LocalDate EXECUTION_DATE = LocalDate.of(2026, 3, 4);
    static final Debtor COUNTY = new Debtor(
            "Kainuun hyvinvointialue", "FI69 8000 2710 1234 56", "OKOYFIHH", "1234567-1");

    static final PaymentInstruction SYDANYHDISTYS = new PaymentInstruction(
            "TA-2026-0042-1", "Kärsämäen Sydänyhdistys ry", "FI2112345600000785",
            new BigDecimal("1500.00"), "Järjestöavustus TA-2026-0042, erä 1/2");
    static final PaymentInstruction NUORISOSEURA = new PaymentInstruction(
            "TA-2026-0043-1", "Pöljän Nuorisoseura ry", "FI35 5000 0120 2535 04",
            new BigDecimal("250.5"), "Järjestöavustus TA-2026-0043, erä 1/1");
    static final PaymentInstruction OMAISHOITAJAT = new PaymentInstruction(
            "TA-2026-0051-2", "Sotkamon Omaishoitajat ry", "FI3447100010123456",
            new BigDecimal("1234.56"), "Järjestöavustus TA-2026-0051, erä 2/2");

    static final List<PaymentInstruction> THREE = List.of(SYDANYHDISTYS, NUORISOSEURA, OMAISHOITAJAT);

    private PaymentExamples() {
    }

    static PaymentInstruction withName(PaymentInstruction payment, String creditorName) {
        return new PaymentInstruction(payment.endToEndId(), creditorName, payment.creditorIban(), payment.amount(),
                payment.remittanceInformation());
    }

    static PaymentInstruction withAmount(PaymentInstruction payment, String amount) {
        return new PaymentInstruction(payment.endToEndId(), payment.creditorName(), payment.creditorIban(),
                new BigDecimal(amount), payment.remittanceInformation());
    }

    static PaymentInstruction withEndToEndId(PaymentInstruction payment, String endToEndId) {
        return new PaymentInstruction(endToEndId, payment.creditorName(), payment.creditorIban(), payment.amount(),
                payment.remittanceInformation());
    }

    static PaymentInstruction withIban(PaymentInstruction payment, String iban) {
        return new PaymentInstruction(payment.endToEndId(), payment.creditorName(), iban, payment.amount(),
                payment.remittanceInformation());
    }

    static PaymentInstruction withMessage(PaymentInstruction payment, String remittanceInformation) {
        return new PaymentInstruction(payment.endToEndId(), payment.creditorName(), payment.creditorIban(),
                payment.amount(), remittanceInformation);
    }
}
