package fi.hva.grants.payment.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;
import org.iban4j.Iban4jException;
import org.iban4j.IbanUtil;

/**
 * Checks and cleans the values of a payment file. A bank rejects a whole file for one bad value, so
 * every value is checked before writing and the message names the value that is wrong.
 */
final class PaymentFields {

    static final int IDENTIFIER_MAX = 35;
    static final int NAME_MAX = 70;
    static final int REMITTANCE_MAX = 140;

    /** The largest amount the SEPA credit transfer schema accepts. */
    private static final BigDecimal AMOUNT_MAX = new BigDecimal("999999999.99");

    /** SEPA identifiers allow only this subset of the Latin character set; Finnish letters are not in it. */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9+?/:().,' -]+");

    /** The BIC pattern of the SEPA credit transfer schema. */
    private static final Pattern BIC = Pattern.compile("[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?");

    private static final Pattern LINE_BREAKS_AND_TABS = Pattern.compile("[\\r\\n\\t]+");
    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("\\p{Cc}");

    private PaymentFields() {
    }

    /**
     * Control characters are not allowed in a SEPA text and most are not even allowed in XML. Line
     * breaks become spaces so that the words on both sides stay apart.
     */
    static String text(String value, int maxLength, String field) {
        String spaced = LINE_BREAKS_AND_TABS.matcher(required(value, field)).replaceAll(" ");
        String cleaned = CONTROL_CHARACTERS.matcher(spaced).replaceAll("").strip();
        if (cleaned.isEmpty()) {
            throw new IllegalArgumentException(field + " is missing");
        }
        int length = cleaned.codePointCount(0, cleaned.length());
        if (length > maxLength) {
            throw new IllegalArgumentException("%s is %d characters long, at most %d are allowed: %s"
                    .formatted(field, length, maxLength, cleaned));
        }
        return cleaned;
    }

    static String identifier(String value, String field) {
        String checked = text(value, IDENTIFIER_MAX, field);
        if (!IDENTIFIER.matcher(checked).matches()) {
            throw new IllegalArgumentException(field
                    + " may contain only letters A-Z, digits, spaces and + ? / - : ( ) . , ' but is: " + checked);
        }
        return checked;
    }

    static BigDecimal amount(BigDecimal value, String field) {
        required(value, field);
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(field + " must be more than zero: " + value.toPlainString());
        }
        if (value.compareTo(AMOUNT_MAX) > 0) {
            throw new IllegalArgumentException(field + " is more than " + AMOUNT_MAX.toPlainString() + " euros: "
                    + value.toPlainString());
        }
        try {
            return value.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(field + " has more than two decimals: " + value.toPlainString(), e);
        }
    }

    static String iban(String value, String field) {
        String compact = required(value, field).replaceAll("\\s", "").toUpperCase();
        try {
            IbanUtil.validate(compact);
        } catch (Iban4jException e) {
            throw new IllegalArgumentException(field + " is not a valid IBAN: " + value, e);
        }
        return compact;
    }

    static String bic(String value, String field) {
        String compact = required(value, field).strip().toUpperCase();
        if (!BIC.matcher(compact).matches()) {
            throw new IllegalArgumentException(field + " is not a valid BIC: " + value);
        }
        return compact;
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return value;
    }
}
