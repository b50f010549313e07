package fi.hva.grants.cooperation;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Gap-free numbers per year such as {@code YS-2026-0001}. The counter row is updated before it is
 * read, so concurrent registrations queue on its row lock; the year's row is created by the first
 * registration of the year.
 */
public class YearlyNumbers {

    private final JdbcTemplate jdbc;
    private final String prefix;
    private final String increment;
    private final String insert;
    private final String select;

    public YearlyNumbers(JdbcTemplate jdbc, String prefix, String table, String yearColumn) {
        this.jdbc = jdbc;
        this.prefix = prefix;
        this.increment = "update %s set last_value = last_value + 1 where %s = ?".formatted(table, yearColumn);
        this.insert = "insert into %s (%s, last_value) values (?, 0)".formatted(table, yearColumn);
        this.select = "select last_value from %s where %s = ?".formatted(table, yearColumn);
    }

    public String next(int year) {
        if (jdbc.update(increment, year) == 0) {
            try {
                jdbc.update(insert, year);
            } catch (DuplicateKeyException raced) {
                // another registration created the row first; its row lock now orders us
            }
            if (jdbc.update(increment, year) == 0) {
                throw new IllegalStateException("No number counter for " + prefix + " " + year);
            }
        }
        Integer value = jdbc.queryForObject(select, Integer.class, year);
        return "%s-%d-%04d".formatted(prefix, year, value);
    }
}
