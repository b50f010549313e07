package fi.hva.grants.deadline;

import java.time.LocalDate;
import java.time.Period;
import org.springframework.stereotype.Component;

/** Deadlines that run from the service of a decision. */
@Component
public class Deadlines {

    private static final Period EMAIL_DELIVERY = Period.ofDays(3);
    private static final Period LETTER_DELIVERY = Period.ofDays(7);
    private static final Period RECTIFICATION_PERIOD = Period.ofDays(14);
    private static final Period APPEAL_PERIOD = Period.ofDays(30);
    private static final Period MINUTES_PUBLICATION = Period.ofDays(7);

    /**
     * The day a notice is deemed received (hallintolaki 59 §). It is not moved off a weekend or
     * holiday: 150/1930 moves only the last day of a deadline, and the presumed receipt is a fixed
     * day from which the deadline starts to run, not a deadline itself.
     */
    public LocalDate deemedReceipt(LocalDate sentOn, NoticeChannel channel) {
        return sentOn.plus(switch (channel) {
            case EMAIL -> EMAIL_DELIVERY;
            case LETTER -> LETTER_DELIVERY;
        });
    }

    /** The last day for a rectification request (611/2021 141 §): 14 days, the day of receipt not counted. */
    public LocalDate rectificationDeadline(LocalDate deemedReceipt) {
        return lastDayOf(deemedReceipt, RECTIFICATION_PERIOD);
    }

    /**
     * The last day for a rectification request by a member of the county (611/2021 141 §): the member is deemed to
     * know of the decision on the seventh day after the minutes were published in the public data network, and the
     * 14 days run from then.
     */
    public LocalDate membersRectificationDeadline(LocalDate minutesPublishedOn) {
        return rectificationDeadline(minutesPublishedOn.plus(MINUTES_PUBLICATION));
    }

    /** The last day for an appeal to the administrative court (808/2019 13 §): 30 days, the day of receipt not counted. */
    public LocalDate appealDeadline(LocalDate deemedReceipt) {
        return lastDayOf(deemedReceipt, APPEAL_PERIOD);
    }

    /**
     * The last day of a period that starts running on {@code start}; the start day is not counted, and
     * a last day on which a deadline cannot end moves to the next working day (150/1930).
     */
    public LocalDate lastDayOf(LocalDate start, Period length) {
        return FinnishHolidays.nextWorkingDayOnOrAfter(start.plus(length));
    }
}
