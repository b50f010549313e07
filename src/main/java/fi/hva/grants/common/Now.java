package fi.hva.grants.common;

import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The time the engine runs on. Domain code reads it from here so that process tests which move the
 * engine clock move the deadlines and timestamps of the domain with it.
 */
public final class Now {

    public static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private Now() {
    }

    /** The moment a period whose last day this is has run out: midnight after it, Finnish time. */
    public static java.util.Date endOf(java.time.LocalDate lastDay) {
        return java.util.Date.from(lastDay.plusDays(1).atStartOfDay(HELSINKI).toInstant());
    }

    public static Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
