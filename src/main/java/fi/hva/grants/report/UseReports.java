package fi.hva.grants.report;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import fi.hva.grants.common.Problems;
import fi.hva.grants.grant.Applications;
import fi.hva.grants.grant.GrantApplication;
import fi.hva.grants.grant.GrantApplicationRepository;
import fi.hva.grants.notification.Mail;
import fi.hva.grants.notification.Mailer;
import fi.hva.grants.process.ProcessKeys;
import fi.hva.grants.region.RegionProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report on the use of a grant: the obligation opens when the grant is paid, reminders go out
 * before and after the deadline of the call's terms, and an accepted report closes the case and
 * lets the association's next application through. Bean name used in the report model's timers.
 */
@Service("useReports")
public class UseReports {

    /** How long after the deadline the county waits before it starts recovery for a missing report. */
    static final int DAYS_BEFORE_RECOVERY = 30;

    private final Applications applications;
    private final GrantApplicationRepository applicationRepository;
    private final UseReportRepository reports;
    private final RecoveryRepository recoveries;
    private final Mailer mailer;
    private final RuntimeService runtimeService;
    private final RegionProperties region;
    private final Messages messages;

    UseReports(Applications applications, GrantApplicationRepository applicationRepository, UseReportRepository reports,
                      RecoveryRepository recoveries, Mailer mailer, RuntimeService runtimeService, RegionProperties region,
                      Messages messages) {
        this.applications = applications;
        this.applicationRepository = applicationRepository;
        this.reports = reports;
        this.recoveries = recoveries;
        this.mailer = mailer;
        this.runtimeService = runtimeService;
        this.region = region;
        this.messages = messages;
    }

    @Transactional
    void openObligation(long applicationId) {
        applications.get(applicationId).getAssociation().markPreviousReportPending(true);
    }

    /** The morning of the day so many days from the report deadline (negative: before it). */
    @Transactional(readOnly = true)
    public Date deadlinePlus(long applicationId, int days) {
        return Date.from(deadline(applications.get(applicationId)).plusDays(days).atStartOfDay(Now.HELSINKI).toInstant());
    }

    @Transactional(readOnly = true)
    public Date recoveryStartsAt(long applicationId) {
        return deadlinePlus(applicationId, DAYS_BEFORE_RECOVERY);
    }

    @Transactional
    public void remind(long applicationId) {
        GrantApplication application = applications.get(applicationId);
        boolean overdue = LocalDate.ofInstant(Now.instant(), Now.HELSINKI).isAfter(deadline(application));
        String key = overdue ? "mail.reportOverdue" : "mail.reportReminder";
        mail(application, key, Messages.DATE.format(deadline(application)));
    }

    /** A report from the association; it wakes the case, which must be waiting for one. */
    @Transactional
    public UseReport receive(String applicationNumber, BigDecimal usedAmount, String content, Instant receivedAt) {
        GrantApplication application = applications.byNumber(applicationNumber);
        Problems problems = new Problems(messages);
        problems.addIf(usedAmount == null || usedAmount.signum() < 0, "report.usedAmount.invalid");
        problems.addIf(FormValues.text(content) == null, "report.content.required");
        problems.throwIfAny();
        UseReport report = reports.save(new UseReport(application.getId(), receivedAt, usedAmount, content.trim()));
        if (runtimeService.createMessageCorrelation(ProcessKeys.MESSAGE_USE_REPORT_RECEIVED)
                .processInstanceBusinessKey(application.getApplicationNumber()).correlateAllWithResult().isEmpty()) {
            throw new InvalidInputException(List.of(messages.get("report.notExpected", applicationNumber)));
        }
        return report;
    }

    /**
     * The liaison officer's check: accepted closes the case; more information is asked by mail;
     * unused or misused money starts recovery of the amount the officer names.
     */
    @Transactional
    UseReport.Status check(long applicationId, UseReport.Status status, String notes, BigDecimal recoveryAmount,
                                  Recovery.Grounds grounds, String checker) {
        GrantApplication application = applications.get(applicationId);
        if (status == null || status == UseReport.Status.RECEIVED) {
            throw new InvalidInputException(List.of(messages.get("report.outcome.required")));
        }
        Problems problems = new Problems(messages);
        problems.addIf(status != UseReport.Status.ACCEPTED && notes == null, "report.notes.required");
        if (status == UseReport.Status.RECOVERY) {
            problems.addIf(recoveryAmount == null || recoveryAmount.signum() <= 0
                    || recoveryAmount.compareTo(application.getDecidedAmount()) > 0, "report.recoveryAmount.invalid",
                    application.getDecidedAmount());
            problems.addIf(grounds != Recovery.Grounds.UNUSED && grounds != Recovery.Grounds.MISUSED,
                    "report.grounds.required");
        }
        problems.throwIfAny();
        UseReport report = reports.findByApplicationIdOrderByReceivedAt(application.getId()).stream()
                .reduce((first, second) -> second)
                .orElseThrow(() -> new IllegalStateException("No use report for application " + application.getId()));
        report.check(status, checker, Now.instant(), notes);
        switch (status) {
            case ACCEPTED -> {
                application.close(LocalDate.ofInstant(Now.instant(), Now.HELSINKI));
                application.getAssociation().markPreviousReportPending(
                        applicationRepository.countOpenReportObligations(application.getAssociation().getId()) > 0);
            }
            case NEEDS_INFO -> mail(application, "mail.reportMoreInfo", notes);
            case RECOVERY -> recoveries.save(new Recovery(application.getId(), grounds, recoveryAmount, notes));
            default -> throw new IllegalStateException("Unexpected check outcome " + status);
        }
        return status;
    }

    /** No report even after the reminders: the whole grant is proposed for recovery. */
    @Transactional
    void recoverForMissingReport(long applicationId) {
        GrantApplication application = applications.get(applicationId);
        recoveries.save(new Recovery(application.getId(), Recovery.Grounds.NO_REPORT, application.getDecidedAmount(),
                messages.get("report.missing", Messages.DATE.format(deadline(application)))));
    }

    private void mail(GrantApplication application, String key, String detail) {
        mailer.send(new Mail(application.getId(), application.getContactEmail(),
                messages.get(key + ".subject", application.getApplicationNumber()),
                messages.get(key + ".body", application.getContactName(), application.getApplicationNumber(), detail, region.name()),
                null));
    }

    private static LocalDate deadline(GrantApplication application) {
        return application.getCall().getReportDeadline();
    }
}
