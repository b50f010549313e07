package fi.hva.grants.partnership;

import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import fi.hva.grants.common.Problems;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreement once the funding is decided: the draft as PDF, the partnership manager's and the
 * decision body's approval, and the signatures that put it in force year by year.
 */
@Service("partnershipAgreements")
class PartnershipAgreements {

    private final Partnerships partnerships;
    private final PartnershipRepository repository;
    private final PartnershipYearRepository years;
    private final PartnershipAgreementRenderer renderer;
    private final Messages messages;

    PartnershipAgreements(Partnerships partnerships, PartnershipRepository repository, PartnershipYearRepository years,
                                 PartnershipAgreementRenderer renderer, Messages messages) {
        this.partnerships = partnerships;
        this.repository = repository;
        this.years = years;
        this.renderer = renderer;
        this.messages = messages;
    }

    /** "Laadi sopimusluonnos". */
    @Transactional
    public void drawUp(long partnershipId) {
        Partnership partnership = partnerships.get(partnershipId);
        partnership.drafted(renderer.render(partnership), Now.instant());
    }

    /**
     * "Tallenna luonnoksen hyväksyntä": approved goes to the decision body; returned goes back to
     * negotiation with the notes.
     *
     * @return whether the draft was approved
     */
    @Transactional
    public boolean recordDraftApproval(long partnershipId, DraftOutcome outcome, String notes, String by) {
        Partnership partnership = partnerships.get(partnershipId);
        boolean approved = outcome == DraftOutcome.APPROVED;
        boolean returned = outcome == DraftOutcome.RETURNED;
        Problems problems = new Problems(messages);
        problems.addIf(!approved && !returned, "partnershipGrant.draft.outcome.required");
        problems.addIf(returned && notes == null, "partnershipGrant.draft.notes.required");
        problems.throwIfAny();
        if (approved) {
            partnership.draftApproved(notes, by);
        } else {
            partnership.draftReturned(notes, by);
        }
        return approved;
    }

    /**
     * "Tallenna toimielimen päätös": the decision body approves the agreement, possibly with a lower
     * yearly maximum, or rejects it.
     *
     * @return whether the agreement was approved
     */
    @Transactional
    public boolean recordBoardDecision(long partnershipId, BoardOutcome outcome, String reference, LocalDate decidedOn,
                                       BigDecimal yearlyMaximum, String by) {
        Partnership partnership = partnerships.get(partnershipId);
        boolean approved = outcome == BoardOutcome.APPROVED;
        Problems problems = new Problems(messages);
        problems.addIf(!approved && outcome != BoardOutcome.REJECTED, "partnershipGrant.board.outcome.required");
        problems.addIf(reference == null, "partnershipGrant.required", messages.get("partnershipGrant.field.boardReference"));
        problems.addIf(decidedOn == null || decidedOn.isAfter(today()), "partnershipGrant.decidedOn.invalid");
        problems.addIf(approved && yearlyMaximum != null && (yearlyMaximum.signum() <= 0
                || yearlyMaximum.compareTo(partnership.getYearlyMaximum()) > 0), "partnershipGrant.board.maximum.invalid",
                Messages.euros(partnership.getYearlyMaximum()));
        problems.throwIfAny();
        partnership.boardDecided(approved, reference, decidedOn,
                yearlyMaximum == null ? partnership.getYearlyMaximum() : yearlyMaximum, by);
        return approved;
    }

    /** "Tallenna allekirjoitukset": in force, with one year to confirm for each year of the project period. */
    @Transactional
    public void sign(long partnershipId, LocalDate byAssociation, LocalDate byCounty) {
        Partnership partnership = partnerships.get(partnershipId);
        Problems problems = new Problems(messages);
        problems.addIf(byAssociation == null, "partnershipGrant.required", messages.get("partnershipGrant.field.signedByAssociationOn"));
        problems.addIf(byCounty == null, "partnershipGrant.required", messages.get("partnershipGrant.field.signedByCountyOn"));
        problems.addIf(byAssociation != null && byAssociation.isAfter(today())
                || byCounty != null && byCounty.isAfter(today()), "partnershipGrant.signature.future");
        problems.addIf(byAssociation != null && partnership.getBoardDecidedOn() != null && byAssociation.isBefore(partnership.getBoardDecidedOn())
                || byCounty != null && partnership.getBoardDecidedOn() != null && byCounty.isBefore(partnership.getBoardDecidedOn()),
                "partnershipGrant.signature.beforeApproval", partnership.getBoardDecidedOn() == null ? ""
                        : Messages.DATE.format(partnership.getBoardDecidedOn()));
        problems.throwIfAny();
        partnership.signed(byAssociation, byCounty);
        IntStream.rangeClosed(partnership.getFirstYear(), partnership.getLastYear())
                .forEach(year -> years.save(new PartnershipYear(partnership.getId(), year)));
    }

    /** The draft agreement of a partnership and the number of its case; empty before the draft is made. */
    public record Draft(String partnershipNumber, byte[] pdf) {
    }

    @Transactional(readOnly = true)
    public Optional<Draft> draft(long partnershipId) {
        return repository.findById(partnershipId).filter(partnership -> partnership.getDraftPdf() != null)
                .map(partnership -> new Draft(partnership.getPartnershipNumber(), partnership.getDraftPdf()));
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(Now.instant(), Now.HELSINKI);
    }
}
