package fi.hva.grants.payment.export;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Writes a payment batch as a list for finance to check in Excel. Finnish Excel opens a CSV file
 * correctly only with a byte order mark (otherwise ä and ö break), semicolons between the fields and
 * a decimal comma.
 */
@Component
public class PaymentCsvWriter {

    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String SEPARATOR = ";";
    private static final String LINE_END = "\r\n";
    private static final String HEADER = "Tunniste;Saaja;Tilinumero;Summa;Viesti";

    public byte[] write(List<PaymentInstruction> payments) {
        StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK).append(HEADER).append(LINE_END);
        for (PaymentInstruction payment : payments) {
            csv.append(String.join(SEPARATOR,
                            field(payment.endToEndId()),
                            field(payment.creditorName()),
                            field(payment.creditorIban()),
                            amount(payment.amount()),
                            field(payment.remittanceInformation())))
                    .append(LINE_END);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Without a thousands separator, so that Excel reads the amount as a number that can be summed.
     * More than two decimals are shown, not rounded, so that finance sees what the batch really holds.
     */
    private static String amount(BigDecimal amount) {
        BigDecimal shown = amount.scale() < 2 ? amount.setScale(2) : amount;
        return shown.toPlainString().replace('.', ',');
    }

    private static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = neutraliseFormula(value);
        if (safe.contains(SEPARATOR) || safe.contains("\"") || safe.contains("\r") || safe.contains("\n")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    /**
     * Names come from applicants. Excel runs a cell starting with one of these characters as a formula,
     * so a leading apostrophe keeps it text.
     */
    private static String neutraliseFormula(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
