package fi.hva.grants.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/** Turns the loosely typed values of a submitted form into domain types; unreadable values are missing. */
public final class FormValues {

    private FormValues() {
    }

    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.toString().trim();
        return trimmed.isEmpty() ? null : trimmed;
    }

    public static BigDecimal amount(Object value) {
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(',', '.').replace(" ", ""));
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
