package fi.hva.grants.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;

/**
 * The days on which a statutory deadline cannot end in Finland (laki säädettyjen määräaikain
 * laskemisesta 150/1930, 5 §): Saturdays, Sundays, church holidays, Independence Day, May Day,
 * Christmas Eve and Midsummer Eve.
 */
final class FinnishHolidays {

    private static final Set<MonthDay> FIXED = Set.of(
            MonthDay.of(1, 1),
            MonthDay.of(1, 6),
            MonthDay.of(5, 1),
            MonthDay.of(12, 6),
            MonthDay.of(12, 24),
            MonthDay.of(12, 25),
            MonthDay.of(12, 26));

    private FinnishHolidays() {
    }

    public static boolean isNonWorkingDay(LocalDate date) {
        return isWeekend(date) || holidays(date.getYear()).contains(date);
    }

    public static LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        while (isNonWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The named non-working days of a year, including those that fall on a weekend anyway. */
    public static Set<LocalDate> holidays(int year) {
        LocalDate easter = easterSunday(year);
        LocalDate midsummerEve = midsummerEve(year);
        Set<LocalDate> days = new HashSet<>();
        FIXED.forEach(monthDay -> days.add(monthDay.atYear(year)));
        days.add(easter.minusDays(2));
        days.add(easter);
        days.add(easter.plusDays(1));
        days.add(easter.plusDays(39));
        days.add(easter.plusDays(49));
        days.add(midsummerEve);
        days.add(midsummerEve.plusDays(1));
        days.add(allSaintsDay(year));
        return Set.copyOf(days);
    }

    /** Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** The Friday before Midsummer Day, which is the Saturday between 20 and 26 June. */
    static LocalDate midsummerEve(int year) {
        return saturdayFrom(LocalDate.of(year, 6, 20)).minusDays(1);
    }

    /** The Saturday between 31 October and 6 November. */
    static LocalDate allSaintsDay(int year) {
        return saturdayFrom(LocalDate.of(year, 10, 31));
    }

    private static LocalDate saturdayFrom(LocalDate first) {
        return first.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
