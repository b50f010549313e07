package fi.hva.grants.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FinnishHolidaysTest {

    @Test
    void everyDayInTheTableIsANonWorkingDay() {
        List<LocalDate> table = NonWorkingDayTable.dates();

        assertThat(table).isNotEmpty().allMatch(FinnishHolidays::isNonWorkingDay);
    }

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026, 2027})
    void holidaysOfAYearAreExactlyTheTablesDaysOfThatYear(int year) {
        assertThat(FinnishHolidays.holidays(year)).isEqualTo(Set.copyOf(NonWorkingDayTable.dates(year)));
    }

    @Test
    void everyOtherWeekdayOfTheTablesYearsIsAWorkingDay() {
        Set<LocalDate> table = Set.copyOf(NonWorkingDayTable.dates());
        List<LocalDate> disagreements = new ArrayList<>();
        LocalDate end = LocalDate.of(NonWorkingDayTable.LAST_YEAR + 1, 1, 1);
        for (LocalDate day = LocalDate.of(NonWorkingDayTable.FIRST_YEAR, 1, 1); day.isBefore(end); day = day.plusDays(1)) {
            boolean expected = table.contains(day) || isWeekend(day);
            if (FinnishHolidays.isNonWorkingDay(day) != expected) {
                disagreements.add(day);
            }
        }

        assertThat(disagreements).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "2025, 2025-04-20",
            "2026, 2026-04-05",
            "2027, 2027-03-28",
            // The earliest and latest possible Easter Sundays exercise the algorithm's month boundary.
            "2285, 2285-03-22",
            "2038, 2038-04-25",
            "2011, 2011-04-24"
    })
    void easterSunday(int year, LocalDate expected) {
        assertThat(FinnishHolidays.easterSunday(year)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2025, 2025-06-20", "2026, 2026-06-19", "2027, 2027-06-25"})
    void midsummerEve(int year, LocalDate expected) {
        assertThat(FinnishHolidays.midsummerEve(year)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2025, 2025-11-01", "2026, 2026-10-31", "2027, 2027-11-06"})
    void allSaintsDay(int year, LocalDate expected) {
        assertThat(FinnishHolidays.allSaintsDay(year)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "2025-12-18, 2025-12-18",
            "2025-12-24, 2025-12-29",
            "2026-04-03, 2026-04-07",
            "2026-06-19, 2026-06-22",
            "2026-03-14, 2026-03-16"
    })
    void nextWorkingDayOnOrAfter(LocalDate day, LocalDate expected) {
        assertThat(FinnishHolidays.nextWorkingDayOnOrAfter(day)).isEqualTo(expected);
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
