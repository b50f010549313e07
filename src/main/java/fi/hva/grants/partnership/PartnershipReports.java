package fi.hva.grants.partnership;

import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import fi.hva.grants.common.Problems;
import fi.hva.grants.notification.Mail;
import fi.hva.grants.notification.Mailer;
import fi.hva.grants.process.ProcessKeys;
import fi.hva.grants.region.RegionProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual report of each confirmed year and the final report after the project, their reminders
 * and the partnership manager's check.
 */
@Service("partnershipReports")
public class PartnershipReports {

    /** The expected-report value of the final report; an annual report's value is its year. */
    public static final String FINAL = "FINAL";

    /** Reports of a year are due by the end of April of the next year, after the association's annual meeting. */
    static final int REPORT_DUE_MONTH = 4;

    private final Partnerships partnerships;
    private final RuntimeService runtimeService;
    private final Mailer mailer;
    private final RegionProperties region;
    private final Messages messages;

    PartnershipReports(Partnerships partnerships, RuntimeService runtimeService, Mailer mailer,
                              RegionProperties region, Messages messages) {
        this.partnerships = partnerships;
        this.runtimeService = runtimeService;
        this.mailer = mailer;
        this.region = region;
        this.messages = messages;
    }

    /** The receive task's local variable that a report must match. */
    @Transactional(readOnly = true)
    public String expectedAnnualReport(long yearId) {
        return String.valueOf(partnerships.year(yearId).getAgreementYear());
    }

    /** The reminder's time: the day after the due date of the year's (or, with the last year, the final) report. */
    @Transactional(readOnly = true)
    Date reminderAt(int reportedYear) {
        return Now.endOf(dueDate(reportedYear));
    }

    @Transactional(readOnly = true)
    public Date annualReminderAt(long yearId) {
        return reminderAt(partnerships.year(yearId).getAgreementYear());
    }

    @Transactional(readOnly = true)
    public Date finalReminderAt(long partnershipId) {
        return reminderAt(finalReportYear(partnerships.get(partnershipId)));
    }

    /** The final report covers the project to its last year, or to the year it was terminated in. */
    private static int finalReportYear(Partnership partnership) {
        return partnership.getStatus() == Partnership.Status.TERMINATED ? partnership.getEndedOn().getYear() : partnership.getLastYear();
    }

    /**
     * A report from the association (annual with its year, final without): stored and handed to the
     * agreement's process, which must be waiting for exactly that report.
     */
    @Transactional
    public void receive(String partnershipNumber, Integer year, String report, Instant receivedAt) {
        Partnership partnership = partnerships.byNumber(partnershipNumber);
        String expected = year == null ? FINAL : String.valueOf(year);
        if (report == null || report.isBlank() || report.length() > 4000) {
            throw new InvalidInputException(List.of(messages.get("partnershipGrant.report.content.invalid", "4000")));
        }
        if (year == null) {
            partnership.finalReportReceived(report.trim(), receivedAt);
        } else {
            partnerships.yearsOf(partnership).stream().filter(y -> y.getAgreementYear() == year).findFirst()
                    .ifPresent(agreementYear -> agreementYear.reportReceived(report.trim(), receivedAt));
        }
        if (runtimeService.createMessageCorrelation(ProcessKeys.MESSAGE_PARTNERSHIP_REPORT_RECEIVED)
                .processInstanceBusinessKey(partnership.getPartnershipNumber())
                .localVariableEquals(PartnershipAgreementProcessVariables.EXPECTED_REPORT.name(),
                        PartnershipAgreementProcessVariables.EXPECTED_REPORT.stored(expected))
                .correlateAllWithResult().isEmpty()) {
            throw new InvalidInputException(List.of(messages.get("partnershipGrant.report.notExpected",
                    partnership.getPartnershipNumber(), year == null ? messages.get("partnershipGrant.report.final") : expected)));
        }
    }

    /** "Muistuta raportista": the association is reminded by mail of the overdue report. */
    @Transactional
    void remind(long partnershipId, String expectedReport) {
        Partnership partnership = partnerships.get(partnershipId);
        boolean annual = !FINAL.equals(expectedReport);
        String which = annual ? messages.get("partnershipGrant.report.annual", expectedReport)
                : messages.get("partnershipGrant.report.final");
        int reportedYear = annual ? Integer.parseInt(expectedReport) : finalReportYear(partnership);
        mailer.send(new Mail(null, partnership.getContactEmail(),
                messages.get("partnershipGrant.mail.reportReminder.subject", which, partnership.getPartnershipNumber()),
                messages.get("partnershipGrant.mail.reportReminder.body", partnership.getAssociationName(), which,
                        partnership.getProjectName(), Messages.DATE.format(dueDate(reportedYear)), region.name()), null));
    }

    /** "Tallenna vuosiraportin tarkastus". */
    @Transactional
    void checkAnnual(long yearId, ReportCheckOutcome outcome, String notes, String by) {
        boolean accepted = checkOutcome(outcome, notes);
        partnerships.year(yearId).reportChecked(accepted, notes, by);
    }

    /** "Tallenna loppuraportin tarkastus": the agreement has run its course. */
    @Transactional
    void checkFinal(long partnershipId, ReportCheckOutcome outcome, String notes, String by) {
        checkOutcome(outcome, notes);
        partnerships.get(partnershipId).finalReportChecked(notes, by, LocalDate.ofInstant(Now.instant(), Now.HELSINKI));
    }

    private boolean checkOutcome(ReportCheckOutcome outcome, String notes) {
        boolean accepted = outcome == ReportCheckOutcome.ACCEPTED;
        Problems problems = new Problems(messages);
        problems.addIf(!accepted && outcome != ReportCheckOutcome.REMARKS, "partnershipGrant.report.outcome.required");
        problems.addIf(!accepted && notes == null, "partnershipGrant.report.notes.required");
        problems.throwIfAny();
        return accepted;
    }

    private static LocalDate dueDate(int reportedYear) {
        return LocalDate.of(reportedYear + 1, REPORT_DUE_MONTH, 30);
    }
}
