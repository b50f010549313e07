package fi.hva.grants.call;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the liaison officer fills in when preparing a call, already checked. */
public record CallDetails(
        String name,
        BigDecimal appropriation,
        BigDecimal maxGrant,
        Instant opensAt,
        Instant closesAt,
        LocalDate reportDeadline,
        int instalments,
        List<String> contentAreas,
        List<String> hyteAreas,
        List<Criterion> criteria) {

    public record Criterion(String name, int weight) {
    }
}
