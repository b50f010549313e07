package fi.hva.grants.call;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * "Valmistele avustushaku" as submitted, not yet checked: a missing or unreadable value is null.
 * The period is Finnish local time, as the form shows it.
 */
public record CallDraft(
        String name,
        BigDecimal appropriation,
        BigDecimal maxGrant,
        LocalDateTime opens,
        LocalDateTime closes,
        LocalDate reportDeadline,
        Integer instalments,
        List<String> contentAreas,
        List<String> hyteAreas,
        List<Criterion> criteria) {

    /** One filled criterion row. */
    public record Criterion(String name, Integer weight) {
    }
}
