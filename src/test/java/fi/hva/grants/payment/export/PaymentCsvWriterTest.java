package fi.hva.grants.payment.export;

import static fi.hva.grants.payment.export.PaymentExamples.NUORISOSEURA;
import static fi.hva.grants.payment.export.PaymentExamples.SYDANYHDISTYS;
import static fi.hva.grants.payment.export.PaymentExamples.THREE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentCsvWriterTest {

    private final PaymentCsvWriter writer = new PaymentCsvWriter();

    @Test
    void startsWithAByteOrderMarkSoThatExcelReadsUtf8() {
        byte[] csv = writer.write(THREE);

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    }

    @Test
    void writesAFinnishHeaderAndOneRowPerPaymentWithWindowsLineEnds() {
        String csv = text(writer.write(THREE));

        assertThat(csv).isEqualTo("\uFEFF"
                + "Tunniste;Saaja;Tilinumero;Summa;Viesti\r\n"
                + "TA-2026-0042-1;Kärsämäen Sydänyhdistys ry;FI2112345600000785;1500,00;"
                + "Järjestöavustus TA-2026-0042, erä 1/2\r\n"
                + "TA-2026-0043-1;Pöljän Nuorisoseura ry;FI35 5000 0120 2535 04;250,50;"
                + "Järjestöavustus TA-2026-0043, erä 1/1\r\n"
                + "TA-2026-0051-2;Sotkamon Omaishoitajat ry;FI3447100010123456;1234,56;"
                + "Järjestöavustus TA-2026-0051, erä 2/2\r\n");
    }

    @Test
    void writesAmountsWithADecimalCommaAndNoThousandsSeparator() {
        String csv = text(writer.write(List.of(PaymentExamples.withAmount(SYDANYHDISTYS, "1234.5"),
                PaymentExamples.withAmount(NUORISOSEURA, "100"))));

        assertThat(csv).contains(";1234,50;").contains(";100,00;");
    }

    @Test
    void quotesFieldsWithSeparatorsQuotesOrLineBreaks() {
        String csv = text(writer.write(List.of(
                PaymentExamples.withName(SYDANYHDISTYS, "Liikunta; ja kulttuuri ry"),
                PaymentExamples.withName(NUORISOSEURA, "Nuorisoseura \"Toivo\" ry"),
                PaymentExamples.withMessage(SYDANYHDISTYS, "erä 1/2\r\nkevät"))));

        assertThat(csv)
                .contains(";\"Liikunta; ja kulttuuri ry\";")
                .contains(";\"Nuorisoseura \"\"Toivo\"\" ry\";")
                .contains(";\"erä 1/2\r\nkevät\"\r\n");
    }

    @Test
    void keepsAnApplicantsNameFromRunningAsAFormulaInExcel() {
        String csv = text(writer.write(List.of(PaymentExamples.withName(SYDANYHDISTYS, "=1+2"))));

        assertThat(csv).contains(";'=1+2;");
    }

    private static String text(byte[] csv) {
        return new String(csv, StandardCharsets.UTF_8);
    }
}
