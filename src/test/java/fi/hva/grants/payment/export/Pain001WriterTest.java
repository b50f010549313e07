package fi.hva.grants.payment.export;

import static fi.hva.grants.payment.export.PaymentExamples.COUNTY;
import static fi.hva.grants.payment.export.PaymentExamples.CREATED_AT;
import static fi.hva.grants.payment.export.PaymentExamples.EXECUTION_DATE;
import static fi.hva.grants.payment.export.PaymentExamples.MESSAGE_ID;
import static fi.hva.grants.payment.export.PaymentExamples.SYDANYHDISTYS;
import static fi.hva.grants.payment.export.PaymentExamples.THREE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class Pain001WriterTest {

    private static final String GROUP_HEADER = "/p:Document/p:CstmrCdtTrfInitn/p:GrpHdr/";
    private static final String PAYMENT_INFORMATION = "/p:Document/p:CstmrCdtTrfInitn/p:PmtInf/";
    private static final String TRANSFERS = PAYMENT_INFORMATION + "p:CdtTrfTxInf/";

    private final Pain001Writer writer = new Pain001Writer();

    @Test
    void onePaymentIsValidAgainstTheSchema() throws Exception {
        PainXml.assertValid(write(List.of(SYDANYHDISTYS)));
    }

    @Test
    void threePaymentsAreValidAgainstTheSchema() throws Exception {
        PainXml.assertValid(write(THREE));
    }

    @Test
    void countsAndSumsThePayments() throws Exception {
        PainXml xml = PainXml.parse(write(THREE));

        assertThat(xml.value(GROUP_HEADER + "p:NbOfTxs")).isEqualTo("3");
        assertThat(xml.value(GROUP_HEADER + "p:CtrlSum")).isEqualTo("2985.06");
        assertThat(xml.value(PAYMENT_INFORMATION + "p:NbOfTxs")).isEqualTo("3");
        assertThat(xml.value(PAYMENT_INFORMATION + "p:CtrlSum")).isEqualTo("2985.06");
        assertThat(xml.values(TRANSFERS + "p:PmtId/p:EndToEndId"))
                .containsExactly("TA-2026-0042-1", "TA-2026-0043-1", "TA-2026-0051-2");
    }

    @Test
    void writesAmountsInEurosWithTwoDecimals() throws Exception {
        PainXml xml = PainXml.parse(write(THREE));

        assertThat(xml.values(TRANSFERS + "p:Amt/p:InstdAmt")).containsExactly("1500.00", "250.50", "1234.56");
        assertThat(xml.values(TRANSFERS + "p:Amt/p:InstdAmt/@Ccy")).containsExactly("EUR", "EUR", "EUR");
    }

    @Test
    void writesThePayerAndTheBatch() throws Exception {
        PainXml xml = PainXml.parse(write(List.of(SYDANYHDISTYS)));

        assertThat(xml.value(GROUP_HEADER + "p:MsgId")).isEqualTo(MESSAGE_ID);
        assertThat(xml.value(GROUP_HEADER + "p:CreDtTm")).isEqualTo("2026-03-02T14:05:30");
        assertThat(xml.value(GROUP_HEADER + "p:InitgPty/p:Nm")).isEqualTo("Kainuun hyvinvointialue");
        assertThat(xml.value(GROUP_HEADER + "p:InitgPty/p:Id/p:OrgId/p:Othr/p:Id")).isEqualTo("1234567-1");
        assertThat(xml.value(PAYMENT_INFORMATION + "p:PmtInfId")).isEqualTo(MESSAGE_ID);
        assertThat(xml.value(PAYMENT_INFORMATION + "p:PmtMtd")).isEqualTo("TRF");
        assertThat(xml.value(PAYMENT_INFORMATION + "p:BtchBookg")).isEqualTo("true");
        assertThat(xml.value(PAYMENT_INFORMATION + "p:PmtTpInf/p:SvcLvl/p:Cd")).isEqualTo("SEPA");
        assertThat(xml.value(PAYMENT_INFORMATION + "p:ReqdExctnDt")).isEqualTo("2026-03-04");
        assertThat(xml.value(PAYMENT_INFORMATION + "p:Dbtr/p:Nm")).isEqualTo("Kainuun hyvinvointialue");
        assertThat(xml.value(PAYMENT_INFORMATION + "p:DbtrAcct/p:Id/p:IBAN")).isEqualTo("FI6980002710123456");
        assertThat(xml.value(PAYMENT_INFORMATION + "p:DbtrAgt/p:FinInstnId/p:BIC")).isEqualTo("OKOYFIHH");
        assertThat(xml.value(PAYMENT_INFORMATION + "p:ChrgBr")).isEqualTo("SLEV");
    }

    @Test
    void keepsFinnishLettersAsUtf8() throws Exception {
        byte[] file = write(List.of(SYDANYHDISTYS));
        String text = new String(file, StandardCharsets.UTF_8);
        PainXml xml = PainXml.parse(file);

        assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("<Nm>Kärsämäen Sydänyhdistys ry</Nm>");
        assertThat(xml.value(TRANSFERS + "p:Cdtr/p:Nm")).isEqualTo("Kärsämäen Sydänyhdistys ry");
        assertThat(xml.value(TRANSFERS + "p:CdtrAcct/p:Id/p:IBAN")).isEqualTo("FI2112345600000785");
        assertThat(xml.value(TRANSFERS + "p:RmtInf/p:Ustrd")).isEqualTo("Järjestöavustus TA-2026-0042, erä 1/2");
    }

    @Test
    void removesControlCharactersAndKeepsWordsApart() throws Exception {
        byte[] file = write(List.of(PaymentExamples.withMessage(
                PaymentExamples.withName(SYDANYHDISTYS, "Kärsämäen\u0000 Sydänyhdistys ry\u0007"),
                "Järjestöavustus\r\nTA-2026-0042,\terä 1/2\u0085")));
        PainXml xml = PainXml.parse(file);

        PainXml.assertValid(file);
        assertThat(xml.value(TRANSFERS + "p:Cdtr/p:Nm")).isEqualTo("Kärsämäen Sydänyhdistys ry");
        assertThat(xml.value(TRANSFERS + "p:RmtInf/p:Ustrd")).isEqualTo("Järjestöavustus TA-2026-0042, erä 1/2");
    }

    @Test
    void acceptsFieldsAtTheirLengthLimits() throws Exception {
        PaymentInstruction longestId = PaymentExamples.withEndToEndId(SYDANYHDISTYS, "T".repeat(35));
        PaymentInstruction longest = PaymentExamples.withMessage(
                PaymentExamples.withName(longestId, "ä".repeat(70)), "ö".repeat(140));

        PainXml.assertValid(write(List.of(longest)));
    }

    private byte[] write(List<PaymentInstruction> payments) {
        return writer.write(MESSAGE_ID, CREATED_AT, EXECUTION_DATE, COUNTY, payments);
    }
}
