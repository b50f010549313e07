package fi.hva.grants.common;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Texts that officers and applicants read. Finnish is the default bundle; a Swedish bundle can be
 * added beside it without touching the code.
 */
@Component
public class Messages {

    public static final Locale FINNISH = Locale.forLanguageTag("fi");

    private final MessageSource messageSource;

    Messages(MessageSource messageSource) {
        this.messageSource = messageSource;
    }

    /** Finnish date, e.g. 8.12.2025. */
    public static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy");
    /** A moment in Finnish time, e.g. 8.12.2025 klo 16.00. */
    public static final java.time.format.DateTimeFormatter DATE_TIME =
            java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy 'klo' H.mm").withZone(Now.HELSINKI);

    public static String euros(java.math.BigDecimal amount) {
        return amount == null ? "–" : String.format(FINNISH, "%,.2f €", amount);
    }

    public static String decimal(java.math.BigDecimal value) {
        return value == null ? "–" : String.format(FINNISH, "%.2f", value);
    }

    public String get(String key, Object... args) {
        return messageSource.getMessage(key, args, FINNISH);
    }

    public String label(String prefix, Enum<?> value) {
        return value == null ? "" : get(prefix + "." + value.name());
    }

    public String label(String prefix, String code) {
        return code == null ? "" : messageSource.getMessage(prefix + "." + code, null, code, FINNISH);
    }
}
