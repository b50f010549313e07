package fi.hva.grants.partnership;

import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import fi.hva.grants.common.Problems;
import fi.hva.grants.notification.Mail;
import fi.hva.grants.notification.Mailer;
import fi.hva.grants.payment.Payments;
import fi.hva.grants.process.ProcessKeys;
import fi.hva.grants.region.RegionProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The years of agreements in force: the county budget that wakes all of them at once, each year's
 * confirmation or lapse, and the end of the agreement with its unpaid instalments cancelled.
 */
@Service("agreementYears")
public class AgreementYears {

    private final Partnerships partnerships;
    private final PartnershipYearRepository years;
    private final CountyBudgetRepository budgets;
    private final Payments payments;
    private final RuntimeService runtimeService;
    private final Mailer mailer;
    private final RegionProperties region;
    private final Messages messages;

    AgreementYears(Partnerships partnerships, PartnershipYearRepository years, CountyBudgetRepository budgets,
                          Payments payments,
                          RuntimeService runtimeService, Mailer mailer, RegionProperties region, Messages messages) {
        this.partnerships = partnerships;
        this.years = years;
        this.budgets = budgets;
        this.payments = payments;
        this.runtimeService = runtimeService;
        this.mailer = mailer;
        this.region = region;
        this.messages = messages;
    }

    /** The agreement model's multi-instance collection: one iteration per year, in order. */
    @Transactional(readOnly = true)
    public List<Long> idsOf(long partnershipId) {
        return partnerships.yearsOf(partnerships.get(partnershipId)).stream().map(PartnershipYear::getId).toList();
    }

    @Transactional(readOnly = true)
    public Integer year(long yearId) {
        return partnerships.year(yearId).getAgreementYear();
    }

    @Transactional(readOnly = true)
    public String caseNumber(long yearId) {
        PartnershipYear year = partnerships.year(yearId);
        return Partnerships.caseNumber(partnerships.get(year.getPartnershipId()), year);
    }

    /**
     * The county council approved the budget of a year: every agreement in force that waits for that
     * year is woken at once; agreements signed later find the approval already recorded.
     *
     * @return how many agreements were woken
     */
    @Transactional
    int approveBudget(Integer year, String reference, LocalDate approvedOn) {
        Problems problems = new Problems(messages);
        problems.addIf(year == null, "partnershipGrant.required", messages.get("partnershipGrant.field.budgetYear"));
        problems.addIf(reference == null, "partnershipGrant.required", messages.get("partnershipGrant.field.reference"));
        problems.addIf(approvedOn == null || approvedOn.isAfter(today()), "partnershipGrant.decidedOn.invalid");
        problems.addIf(year != null && budgets.existsById(year), "partnershipGrant.budget.alreadyRecorded", String.valueOf(year));
        problems.throwIfAny();
        budgets.save(new CountyBudget(year, reference, approvedOn, Now.instant()));
        years.findByAgreementYearAndStatusIn(year, EnumSet.of(PartnershipYear.Status.AWAITING_BUDGET))
                .forEach(agreementYear -> agreementYear.budgetApproved(reference, approvedOn));
        return runtimeService.createMessageCorrelation(ProcessKeys.MESSAGE_COUNTY_BUDGET_APPROVED)
                .localVariableEquals(PartnershipAgreementProcessVariables.BUDGET_YEAR.name(),
                        PartnershipAgreementProcessVariables.BUDGET_YEAR.stored(year))
                .correlateAllWithResult().size();
    }

    /** Whether the year's budget was approved before the agreement was signed; then it is not awaited. */
    @Transactional
    public boolean budgetApproved(long yearId) {
        PartnershipYear year = partnerships.year(yearId);
        return budgets.findById(year.getAgreementYear()).map(budget -> {
            year.budgetApproved(budget.getReference(), budget.getApprovedOn());
            return true;
        }).orElse(false);
    }

    /**
     * "Tallenna vuoden vahvistus": the year's grant is confirmed, possibly with a changed sum up to the
     * agreement's yearly maximum, or not confirmed, and then the agreement lapses.
     *
     * @return whether the year was confirmed
     */
    @Transactional
    boolean confirm(long yearId, YearOutcome outcome, BigDecimal amount, String notes, String by) {
        PartnershipYear year = partnerships.year(yearId);
        Partnership partnership = partnerships.get(year.getPartnershipId());
        boolean confirmed = outcome == YearOutcome.CONFIRMED;
        boolean notConfirmed = outcome == YearOutcome.NOT_CONFIRMED;
        Problems problems = new Problems(messages);
        problems.addIf(!confirmed && !notConfirmed, "partnershipGrant.year.outcome.required");
        problems.addIf(confirmed && (amount == null || amount.signum() <= 0 || amount.compareTo(partnership.getYearlyMaximum()) > 0),
                "partnershipGrant.year.amount.invalid", Messages.euros(partnership.getYearlyMaximum()));
        problems.addIf(notConfirmed && notes == null, "partnershipGrant.year.notes.required");
        problems.throwIfAny();
        if (confirmed) {
            year.confirm(amount, notes, by);
        } else {
            year.lapse(notes, by);
        }
        return confirmed;
    }

    /** "Kirjaa sopimus rauenneeksi": a year was not confirmed, so the later years lapse too. */
    @Transactional
    void lapse(long partnershipId) {
        Partnership partnership = partnerships.get(partnershipId);
        end(partnership, Partnership.Status.LAPSED, EndReason.BUDGET_NOT_CONFIRMED, today(), null);
        mailer.send(new Mail(null, partnership.getContactEmail(),
                messages.get("partnershipGrant.mail.lapsed.subject", partnership.getPartnershipNumber()),
                messages.get("partnershipGrant.mail.lapsed.body", partnership.getAssociationName(),
                        partnership.getPartnershipNumber(), partnership.getProjectName(), region.name()), null));
    }

    /**
     * The partnership manager ends the agreement early; the agreement's process is interrupted by the
     * PartnershipTerminated message, and its event sub-process cancels what is unpaid.
     */
    @Transactional
    void terminate(String partnershipNumber, EndReason parsed, LocalDate on, String notes) {
        Partnership partnership = partnerships.byNumber(partnershipNumber);
        Problems problems = new Problems(messages);
        problems.addIf(!partnership.isInForce(), "partnershipGrant.termination.notInForce", partnership.getPartnershipNumber());
        problems.addIf(parsed == null, "partnershipGrant.termination.reason.required");
        problems.addIf(on == null, "partnershipGrant.required", messages.get("partnershipGrant.field.decidedOn"));
        problems.addIf(notes == null, "partnershipGrant.required", messages.get("partnershipGrant.field.noticeNotes"));
        problems.throwIfAny();
        partnership.end(Partnership.Status.TERMINATED, on, parsed, notes);
        if (runtimeService.createMessageCorrelation(ProcessKeys.MESSAGE_PARTNERSHIP_TERMINATED)
                .processInstanceBusinessKey(partnership.getPartnershipNumber())
                .correlateAllWithResult().isEmpty()) {
            throw new IllegalStateException("Agreement " + partnership.getPartnershipNumber() + " in force has no process");
        }
    }

    /**
     * "Päätä sopimus ja peru maksamattomat erät", the event sub-process after the termination message.
     * Returns whether any instalment had been paid: the final report must then account for it.
     */
    @Transactional
    boolean cancelRemaining(long partnershipId) {
        Partnership partnership = partnerships.get(partnershipId);
        boolean paid = partnerships.yearsOf(partnership).stream()
                .flatMap(year -> payments.idsOfCase(Partnerships.caseNumber(partnership, year)).stream())
                .anyMatch(payments::isPaid);
        end(partnership, Partnership.Status.TERMINATED, partnership.getEndReason(), partnership.getEndedOn(), partnership.getEndNotes());
        mailer.send(new Mail(null, partnership.getContactEmail(),
                messages.get("partnershipGrant.mail.terminated.subject", partnership.getPartnershipNumber()),
                messages.get("partnershipGrant.mail.terminated.body", partnership.getAssociationName(),
                        partnership.getPartnershipNumber(), Messages.DATE.format(partnership.getEndedOn()),
                        messages.get("partnershipGrant.endReason." + partnership.getEndReason().name()), region.name()), null));
        return paid;
    }

    private void end(Partnership partnership, Partnership.Status status, EndReason reason, LocalDate on, String notes) {
        for (PartnershipYear year : partnerships.yearsOf(partnership)) {
            String caseNumber = Partnerships.caseNumber(partnership, year);
            payments.cancelUnpaid(caseNumber);
            year.endWithAgreement(payments.anyPaidOrSent(caseNumber));
        }
        partnership.end(status, on, reason, notes);
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(Now.instant(), Now.HELSINKI);
    }
}
