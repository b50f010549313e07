package fi.hva.grants.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/** Turns the loosely typed values of a submitted form into domain types; unreadable values are missing. */
public final class FormValues {

    private static final int MAX_DIGITS = 30;

    private FormValues() {
    }

    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.toString().trim();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /**
     * An amount, or null when it is not one: text that is no number, an infinite or NaN double, or a number of
     * more than 30 digits before or after the decimal point. Such a number is no sum anyone means, and
     * formatting it or setting its scale (1e999999999) would take the memory and time of a billion digits.
     */
    public static BigDecimal amount(Object value) {
        BigDecimal amount = parseAmount(value);
        return amount == null || amount.precision() - amount.scale() > MAX_DIGITS || amount.scale() > MAX_DIGITS ? null : amount;
    }

    private static BigDecimal parseAmount(Object value) {
        if (value instanceof Double number && !Double.isFinite(number) || value instanceof Float single && !Float.isFinite(single)) {
            return null;
        }
        String text = value instanceof Number number ? number.toString() : text(value);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(value instanceof Number ? text : text.replace(',', '.').replace(" ", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static Integer integer(Object value) {
        BigDecimal amount = amount(value);
        if (amount == null) {
            return null;
        }
        try {
            return amount.intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /** One of the options of a select or radio field, or null when none or an unknown one was submitted. */
    public static <E extends Enum<E>> E choice(Object value, Class<E> type) {
        String text = text(value);
        for (E option : type.getEnumConstants()) {
            if (option.name().equals(text)) {
                return option;
            }
        }
        return null;
    }

    public static LocalDate date(Object value) {
        String text = text(value);
        if (text == null || text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Camunda Forms sends a date-time without zone ("2026-11-10T08:00"); it is read as Finnish time by the caller. */
    public static LocalDateTime dateTime(Object value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.length() > 19 ? text.substring(0, 19) : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
