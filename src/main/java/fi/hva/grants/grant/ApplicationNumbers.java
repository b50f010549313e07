package fi.hva.grants.grant;

import fi.hva.grants.common.GrantType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives application numbers such as {@code TA-2026-0042}, gap-free per grant form and year. The
 * counter row is updated before it is read, so concurrent submissions queue on its row lock
 * instead of reading the same value.
 */
@Component
class ApplicationNumbers {

    private final JdbcTemplate jdbc;

    ApplicationNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Called when a call is created, so the first submissions never race to insert the row. */
    public void prepare(GrantType form, int year) {
        Integer rows = jdbc.queryForObject(
                "select count(*) from application_number_counter where prefix = ? and grant_year = ?",
                Integer.class, form.prefix(), year);
        if (rows == null || rows == 0) {
            jdbc.update("insert into application_number_counter (prefix, grant_year, last_value) values (?, ?, 0)",
                    form.prefix(), year);
        }
    }

    public String next(GrantType form, int year) {
        int updated = jdbc.update(
                "update application_number_counter set last_value = last_value + 1 where prefix = ? and grant_year = ?",
                form.prefix(), year);
        if (updated == 0) {
            throw new IllegalStateException("No application number counter for " + form.prefix() + "-" + year);
        }
        Integer value = jdbc.queryForObject(
                "select last_value from application_number_counter where prefix = ? and grant_year = ?",
                Integer.class, form.prefix(), year);
        return "%s-%d-%04d".formatted(form.prefix(), year, value);
    }
}
