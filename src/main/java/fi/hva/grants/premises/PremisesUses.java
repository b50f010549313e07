package fi.hva.grants.premises;

import fi.hva.grants.association.BusinessId;
import fi.hva.grants.common.FormValues;
import fi.hva.grants.common.Markdown;
import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import fi.hva.grants.common.Problems;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Premises let to associations free of charge (seed 000 ch. 8.3, seed 003 ch. 5.5.2): the liaison officer records the
 * request, the supervisor responsible for the premises decides, and the cost of each use granted is kept for the reports.
 */
@Service
public class PremisesUses {

    static final int MAX_TEXT = 4000;
    private static final BigDecimal COST_LIMIT = new BigDecimal("10000000");

    private final PremisesUseRepository repository;
    private final Messages messages;

    PremisesUses(PremisesUseRepository repository, Messages messages) {
        this.repository = repository;
        this.messages = messages;
    }

    /** Checks and stores the request; bad input is refused with every finding and stores nothing. */
    @Transactional
    long request(PremisesRequest request, String recordedBy) {
        Problems problems = new Problems(messages);
        problems.addIf(request.associationName() == null, "premises.associationName.required");
        problems.addIf(request.businessId() == null || BusinessId.parse(request.businessId()).isEmpty(), "premises.businessId.invalid");
        problems.addIf(request.premises() == null, "premises.premises.required");
        problems.addIf(request.purpose() == null, "premises.purpose.required");
        problems.addIf(tooLong(request.associationName(), 200) || tooLong(request.premises(), 500) || tooLong(request.purpose(), MAX_TEXT),
                "premises.tooLong");
        problems.addIf(request.startsOn() == null || request.endsOn() == null || request.endsOn().isBefore(request.startsOn()),
                "premises.period.invalid");
        problems.throwIfAny();
        PremisesRequest stored = new PremisesRequest(request.associationName(), BusinessId.parse(request.businessId()).orElseThrow().value(),
                request.premises(), request.purpose(), request.startsOn(), request.endsOn());
        return repository.save(new PremisesUse(stored, Now.instant(), recordedBy)).getId();
    }

    /** The supervisor's decision: granted premises need the cost the county bears for the use, for the reports. */
    @Transactional
    boolean decide(long premisesUseId, Boolean granted, String reasoning, BigDecimal cost, String decidedBy) {
        PremisesUse use = get(premisesUseId);
        Problems problems = new Problems(messages);
        problems.addIf(granted == null, "premises.decision.required");
        problems.addIf(FormValues.text(reasoning) == null, "premises.reasoning.required");
        problems.addIf(tooLong(reasoning, MAX_TEXT), "premises.tooLong");
        problems.addIf(Boolean.TRUE.equals(granted) && (cost == null || cost.signum() < 0 || cost.compareTo(COST_LIMIT) >= 0
                || cost.stripTrailingZeros().scale() > 2), "premises.cost.invalid");
        problems.throwIfAny();
        use.decide(granted, reasoning.trim(), cost, decidedBy, Now.instant());
        return granted;
    }

    /** What the supervisor reads in the task, the association's own text escaped. */
    @Transactional(readOnly = true)
    String summary(long premisesUseId) {
        PremisesUse use = get(premisesUseId);
        return messages.get("premises.summary", Markdown.text(use.getAssociationName()), use.getBusinessId(),
                Markdown.text(use.getPremises()), Messages.DATE.format(use.getStartsOn()), Messages.DATE.format(use.getEndsOn()),
                Markdown.text(use.getPurpose()), Markdown.text(use.getRecordedBy()));
    }

    /** Premises let free of charge during the year and their cost. */
    @Transactional(readOnly = true)
    public PremisesCosts costsOf(int year) {
        return repository.grantedBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @Transactional(readOnly = true)
    public PremisesUse get(long premisesUseId) {
        return repository.findById(premisesUseId)
                .orElseThrow(() -> new IllegalStateException("No premises use " + premisesUseId));
    }

    private static boolean tooLong(String text, int limit) {
        return text != null && text.length() > limit;
    }
}
