package fi.hva.grants.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlinesTest {

    private final Deadlines deadlines = new Deadlines();

    @ParameterizedTest(name = "{1} sent {0}: received {2}, request by {3}")
    @CsvSource({
            // Monday e-mail, Thursday receipt, ordinary Thursday deadline.
            "2025-12-01, EMAIL,  2025-12-04, 2025-12-18",
            // Last day Christmas Eve; 25-26 December are holidays and 27-28 a weekend.
            "2025-12-03, LETTER, 2025-12-10, 2025-12-29",
            // Last day Midsummer Eve, then Midsummer Day and Sunday.
            "2026-05-29, LETTER, 2026-06-05, 2026-06-22",
            // Deemed received on a Saturday, so the last day is a Saturday too.
            "2026-02-25, EMAIL,  2026-02-28, 2026-03-16",
            // A letter sent on a Friday is deemed received on the next Friday.
            "2025-11-28, LETTER, 2025-12-05, 2025-12-19",
            // Deemed received on Good Friday: the receipt stays there, or the deadline would be 2026-04-21.
            "2026-03-31, EMAIL,  2026-04-03, 2026-04-17",
            // Deemed received on Midsummer Eve, not on the following Monday.
            "2026-06-12, LETTER, 2026-06-19, 2026-07-03"
    })
    void rectificationDeadlineRunsFromTheDeemedReceipt(LocalDate sentOn, NoticeChannel channel,
                                                       LocalDate receipt, LocalDate lastDay) {
        LocalDate deemedReceipt = deadlines.deemedReceipt(sentOn, channel);

        assertThat(deemedReceipt).isEqualTo(receipt);
        assertThat(deadlines.rectificationDeadline(deemedReceipt)).isEqualTo(lastDay);
    }

    @ParameterizedTest(name = "received {0}: appeal by {1}")
    @CsvSource({
            // Thirty days from a Thursday is a Saturday: the last day moves to Monday.
            "2025-12-04, 2026-01-05",
            // An ordinary weekday.
            "2026-02-02, 2026-03-04"
    })
    void appealDeadlineIsThirtyDaysFromTheReceipt(LocalDate deemedReceipt, LocalDate lastDay) {
        assertThat(deadlines.appealDeadline(deemedReceipt)).isEqualTo(lastDay);
    }

    @Test
    void lastDayOfALongerPeriodAlsoMovesOffANonWorkingDay() {
        assertThat(deadlines.lastDayOf(LocalDate.of(2026, 11, 6), Period.ofMonths(1))).isEqualTo(LocalDate.of(2026, 12, 7));
    }
}
