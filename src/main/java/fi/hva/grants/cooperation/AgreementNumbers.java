package fi.hva.grants.cooperation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Cooperation agreement numbers such as {@code YS-2026-0001}. */
@Component
class AgreementNumbers {

    private final YearlyNumbers numbers;

    AgreementNumbers(JdbcTemplate jdbc) {
        this.numbers = new YearlyNumbers(jdbc, "YS", "agreement_number_counter", "agreement_year");
    }

    String next(int year) {
        return numbers.next(year);
    }
}
