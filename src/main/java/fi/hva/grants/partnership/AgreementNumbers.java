package fi.hva.grants.partnership;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives agreement numbers such as {@code YS-2026-0001}, gap-free per year. The counter row is
 * updated before it is read, so concurrent registrations queue on its row lock; the year's row is
 * created by the first registration of the year.
 */
@Component
public class AgreementNumbers {

    static final String PREFIX = "YS";

    private final JdbcTemplate jdbc;

    public AgreementNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public String next(int year) {
        if (increment(year) == 0) {
            try {
                jdbc.update("insert into agreement_number_counter (agreement_year, last_value) values (?, 0)", year);
            } catch (DuplicateKeyException raced) {
                // another registration created the row first; its row lock now orders us
            }
            if (increment(year) == 0) {
                throw new IllegalStateException("No agreement number counter for " + year);
            }
        }
        Integer value = jdbc.queryForObject("select last_value from agreement_number_counter where agreement_year = ?",
                Integer.class, year);
        return "%s-%d-%04d".formatted(PREFIX, year, value);
    }

    private int increment(int year) {
        return jdbc.update("update agreement_number_counter set last_value = last_value + 1 where agreement_year = ?", year);
    }
}
