package fi.hva.grants.report;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import fi.hva.grants.common.Problems;
import fi.hva.grants.deadline.Deadlines;
import fi.hva.grants.deadline.NoticeChannel;
import fi.hva.grants.decision.letter.LetterKind;
import fi.hva.grants.grant.Applications;
import fi.hva.grants.grant.GrantApplication;
import fi.hva.grants.notification.Mail;
import fi.hva.grants.notification.Mailer;
import fi.hva.grants.process.ProcessKeys;
import fi.hva.grants.region.RegionProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recovery of a grant under the grant terms (modelled on valtionavustuslaki 688/2001 21–22 §):
 * the association is heard first (hallintolaki 34 §), then the decision body decides the amount
 * and due date, and finance records the repayment or the set-off. Bean name used in the timers.
 */
@Service("recoveries")
public class Recoveries {

    static final Period HEARING_PERIOD = Period.ofDays(14);
    /** The length of the response column. */
    static final int MAX_RESPONSE = 4000;

    private final Applications applications;
    private final RecoveryRepository recoveries;
    private final Mailer mailer;
    private final RecoveryNotices notices;
    private final Deadlines deadlines;
    private final RuntimeService runtimeService;
    private final RegionProperties region;
    private final Messages messages;

    Recoveries(Applications applications, RecoveryRepository recoveries,
                      Mailer mailer, RecoveryNotices notices, Deadlines deadlines, RuntimeService runtimeService,
                      RegionProperties region, Messages messages) {
        this.applications = applications;
        this.recoveries = recoveries;
        this.mailer = mailer;
        this.notices = notices;
        this.deadlines = deadlines;
        this.runtimeService = runtimeService;
        this.region = region;
        this.messages = messages;
    }

    /**
     * The last day for the association's response to a hearing mailed on {@code sentOn}: the 14 days run from the day
     * the mail is deemed received (the third day, hallintolaki 59 §), not from the day it was sent.
     */
    LocalDate hearingDeadline(LocalDate sentOn) {
        return deadlines.lastDayOf(deadlines.deemedReceipt(sentOn, NoticeChannel.EMAIL), HEARING_PERIOD);
    }

    @Transactional
    void sendHearing(long applicationId) {
        GrantApplication application = applications.get(applicationId);
        Recovery recovery = current(application.getId());
        LocalDate deadline = hearingDeadline(LocalDate.ofInstant(Now.instant(), Now.HELSINKI));
        mail(application, "mail.hearing", Messages.euros(recovery.getProposedAmount()), recovery.getExplanation(), Messages.DATE.format(deadline));
        recovery.hearingSent(Now.instant(), deadline);
    }

    @Transactional(readOnly = true)
    public Date hearingEndsAt(long applicationId) {
        return Now.endOf(current(applications.get(applicationId).getId()).getHearingDeadline());
    }

    /** The association's response (vastine) to the hearing from the e-service, received today. */
    @Transactional
    public void respond(String applicationNumber, String response) {
        respond(applicationNumber, response, LocalDate.ofInstant(Now.instant(), Now.HELSINKI), null);
    }

    /**
     * The association's response (vastine) to the hearing, from the e-service or, when it came by post or
     * e-mail, recorded by the officer {@code recordedBy} with the day it arrived. Taken only while the hearing
     * waits for it, once; the hearing's process goes on to the decision body's decision at once.
     */
    @Transactional
    public void respond(String applicationNumber, String response, LocalDate receivedOn, String recordedBy) {
        GrantApplication application = applications.byNumber(applicationNumber);
        String number = application.getApplicationNumber();
        String text = FormValues.text(response);
        LocalDate today = LocalDate.ofInstant(Now.instant(), Now.HELSINKI);
        Problems problems = new Problems(messages);
        problems.addIf(text == null, "recovery.response.required");
        problems.addIf(text != null && text.length() > MAX_RESPONSE, "recovery.response.tooLong", MAX_RESPONSE);
        problems.addIf(receivedOn == null, "recovery.response.receivedOn.required");
        problems.addIf(receivedOn != null && receivedOn.isAfter(today), "recovery.response.receivedOn.future");
        problems.throwIfAny();
        Recovery recovery = recoveries.findFirstByApplicationIdOrderByIdDesc(application.getId())
                .filter(r -> r.getStatus() == Recovery.Status.HEARING && r.getHearingDeadline() != null)
                .orElseThrow(() -> refusal("recovery.notHearing", number));
        if (recovery.getResponse() != null) {
            throw refusal("recovery.response.alreadyGiven", number);
        }
        if (today.isAfter(recovery.getHearingDeadline())) {
            throw refusal("recovery.hearingEnded", number, Messages.DATE.format(recovery.getHearingDeadline()));
        }
        if (receivedOn.isBefore(LocalDate.ofInstant(recovery.getHearingSentAt(), Now.HELSINKI))) {
            throw refusal("recovery.response.receivedOn.beforeHearing", Messages.DATE.format(receivedOn));
        }
        recovery.respond(text, receivedOn, recordedBy);
        if (runtimeService.createMessageCorrelation(ProcessKeys.MESSAGE_HEARING_RESPONSE)
                .processInstanceBusinessKey(number).correlateAllWithResult().isEmpty()) {
            throw refusal("recovery.notHearing", number);
        }
    }

    /** The last day of a hearing waiting for the association's response, if one is. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> responseAwaitedUntil(long applicationId) {
        LocalDate today = LocalDate.ofInstant(Now.instant(), Now.HELSINKI);
        return recoveries.findFirstByApplicationIdOrderByIdDesc(applicationId)
                .filter(r -> r.getStatus() == Recovery.Status.HEARING && r.getHearingDeadline() != null && r.getResponse() == null
                        && !today.isAfter(r.getHearingDeadline()))
                .map(Recovery::getHearingDeadline);
    }

    private InvalidInputException refusal(String key, Object... arguments) {
        return new InvalidInputException(List.of(messages.get(key, arguments)));
    }

    /** The decision body's decision; an amount of zero waives the recovery. */
    @Transactional
    boolean decide(long applicationId, BigDecimal amount, LocalDate dueOn, String reasoning, String reference,
                          LocalDate decidedOn) {
        GrantApplication application = applications.get(applicationId);
        LocalDate today = LocalDate.ofInstant(Now.instant(), Now.HELSINKI);
        Problems problems = new Problems(messages);
        checkTerms(problems, amount, application.getDecidedAmount(), dueOn, reasoning, reference, decidedOn);
        problems.throwIfAny();
        Recovery recovery = current(application.getId());
        recovery.decide(amount, dueOn, reasoning, reference, decidedOn);
        if (amount.signum() == 0) {
            application.close(today);
        }
        return amount.signum() > 0;
    }

    /**
     * What a decision to recover must state, first or on a rectification request: an amount up to
     * {@code most} (zero gives the recovery up), a due date ahead when money is recovered, the
     * reasoning and the minutes.
     */
    static void checkTerms(Problems problems, BigDecimal amount, BigDecimal most, LocalDate dueOn, String reasoning,
                           String reference, LocalDate decidedOn) {
        LocalDate today = LocalDate.ofInstant(Now.instant(), Now.HELSINKI);
        problems.addIf(amount == null || amount.signum() < 0 || amount.compareTo(most) > 0, "recovery.amount.invalid", most);
        problems.addIf(amount != null && amount.signum() > 0 && (dueOn == null || !dueOn.isAfter(today)), "recovery.dueOn.invalid");
        problems.addIf(reasoning == null, "rectification.reasoning.required");
        problems.addIfNotMinutes(reference, decidedOn);
    }

    /**
     * The decision letter, with its rectification instructions, to the association; the
     * rectification period runs from the deemed receipt of the e-mail.
     */
    @Transactional
    void sendDecision(long applicationId) {
        GrantApplication application = applications.get(applicationId);
        Recovery recovery = current(application.getId());
        LocalDate deadline = deadlines.rectificationDeadline(notices.deemedReceiptOfMailSentToday());
        notices.send(application, LetterKind.RECOVERY_DECISION, recovery.letterContent(LetterKind.RECOVERY_DECISION), deadline);
        recovery.noticeSent(Now.instant(), deadline);
    }

    @Transactional(readOnly = true)
    public Date dueAt(long applicationId) {
        return Now.endOf(current(applications.get(applicationId).getId()).getDueOn());
    }

    @Transactional
    void settle(long applicationId, Recovery.Settlement how) {
        GrantApplication application = applications.get(applicationId);
        if (how == null) {
            throw new InvalidInputException(List.of(messages.get("recovery.settlement.required")));
        }
        LocalDate today = LocalDate.ofInstant(Now.instant(), Now.HELSINKI);
        current(application.getId()).settle(how, today);
        application.close(today);
    }

    @Transactional(readOnly = true)
    Recovery current(Long applicationId) {
        return recoveries.findFirstByApplicationIdOrderByIdDesc(applicationId)
                .orElseThrow(() -> new IllegalStateException("No recovery for application " + applicationId));
    }

    private void mail(GrantApplication application, String key, String amount, String explanation, String date) {
        mailer.send(new Mail(application.getId(), application.getContactEmail(),
                messages.get(key + ".subject", application.getApplicationNumber()),
                messages.get(key + ".body", application.getContactName(), application.getApplicationNumber(), amount,
                        explanation, date, region.decisionBody(), region.name()),
                null));
    }

}
