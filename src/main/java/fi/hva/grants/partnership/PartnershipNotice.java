package fi.hva.grants.partnership;

import fi.hva.grants.common.FormValues;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The start form of the partnership notice process (partnership-notice) as submitted: which fields
 * matter depends on the kind of notice. A missing or unreadable value is null.
 *
 * @param terminationReason one of the reasons the partnership manager can give for ending an agreement early
 */
record PartnershipNotice(String partnershipNumber, FundingOutcome fundingOutcome, LocalDate decidedOn, String reference,
                         String notes, Integer budgetYear, EndReason terminationReason) {

    static final String PARTNERSHIP_NUMBER = "partnershipNumber";
    static final String FUNDING_OUTCOME = "fundingOutcome";
    static final String DECIDED_ON = "decidedOn";
    static final String REFERENCE = "reference";
    static final String NOTES = "noticeNotes";
    static final String BUDGET_YEAR = "budgetYear";
    static final String TERMINATION_REASON = "terminationReason";
    static final List<String> FIELD_KEYS = List.of(PARTNERSHIP_NUMBER, FUNDING_OUTCOME, DECIDED_ON, REFERENCE, NOTES,
            BUDGET_YEAR, TERMINATION_REASON);

    static PartnershipNotice parse(Map<String, Object> submitted) {
        String funding = FormValues.text(submitted.get(FUNDING_OUTCOME));
        String reason = FormValues.text(submitted.get(TERMINATION_REASON));
        return new PartnershipNotice(FormValues.text(submitted.get(PARTNERSHIP_NUMBER)),
                EnumSet.allOf(FundingOutcome.class).stream().filter(o -> o.name().equals(funding)).findFirst().orElse(null),
                FormValues.date(submitted.get(DECIDED_ON)), FormValues.text(submitted.get(REFERENCE)),
                FormValues.text(submitted.get(NOTES)), FormValues.integer(submitted.get(BUDGET_YEAR)),
                EnumSet.of(EndReason.EXTERNAL_FUNDING_ENDED, EndReason.BREACH, EndReason.MUTUAL_AGREEMENT).stream()
                        .filter(r -> r.name().equals(reason)).findFirst().orElse(null));
    }
}
