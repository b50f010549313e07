package fi.hva.grants.partnership;

import fi.hva.grants.cooperation.YearlyNumbers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Partnership numbers such as {@code KA-2026-0001}; a year of the agreement is paid as {@code KA-2026-0001/2027}. */
@Component
class PartnershipNumbers {

    private final YearlyNumbers numbers;

    PartnershipNumbers(JdbcTemplate jdbc) {
        this.numbers = new YearlyNumbers(jdbc, "KA", "partnership_number_counter", "partnership_year");
    }

    public String next(int year) {
        return numbers.next(year);
    }
}
