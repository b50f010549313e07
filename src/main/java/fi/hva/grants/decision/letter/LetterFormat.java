package fi.hva.grants.decision.letter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Number and date formats of an official Finnish letter. The symbols are fixed rather than taken
 * from the JDK's locale data, which has changed the Finnish grouping character between releases.
 */
final class LetterFormat {

    /** A no-break space keeps "12 000,00" from being split over two lines. */
    private static final char GROUPING = '\u00A0';

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    private LetterFormat() {
    }

    static String amount(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator(GROUPING);
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** Percentage points as in "3" or "2,5"; null (no such interest) stays null. */
    static String points(BigDecimal points) {
        return points == null ? null : points.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
