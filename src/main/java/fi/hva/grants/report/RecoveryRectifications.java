package fi.hva.grants.report;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import fi.hva.grants.common.Problems;
import fi.hva.grants.deadline.Deadlines;
import fi.hva.grants.decision.RectificationRequests;
import fi.hva.grants.decision.RequestOrigin;
import fi.hva.grants.decision.letter.LetterKind;
import fi.hva.grants.grant.Applications;
import fi.hva.grants.grant.GrantApplication;
import fi.hva.grants.process.ProcessKeys;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A recovery decision can be challenged like any decision of the county (611/2021 141 §): a
 * rectification request within 14 days of its receipt, the decision body's decision on it with
 * appeal instructions, then 30 days for an appeal. The money is invoiced once the decision is final.
 * Bean name used in the timers.
 */
@Service("recoveryRectifications")
public class RecoveryRectifications {

    static final int MAX_TEXT = 4000;

    private final Applications applications;
    private final Recoveries recoveries;
    private final RecoveryRepository repository;
    private final RecoveryNotices notices;
    private final Deadlines deadlines;
    private final RuntimeService runtimeService;
    private final RectificationRequests rectificationRequests;
    private final Messages messages;

    RecoveryRectifications(Applications applications, Recoveries recoveries, RecoveryRepository repository,
                           RecoveryNotices notices, Deadlines deadlines, RuntimeService runtimeService,
                           RectificationRequests rectificationRequests, Messages messages) {
        this.applications = applications;
        this.recoveries = recoveries;
        this.repository = repository;
        this.notices = notices;
        this.deadlines = deadlines;
        this.runtimeService = runtimeService;
        this.rectificationRequests = rectificationRequests;
        this.messages = messages;
    }

    /** When the recovery decision becomes final unless challenged: the end of its rectification period. */
    @Transactional(readOnly = true)
    public Date periodEnds(long applicationId) {
        return Now.endOf(recoveries.current(applications.get(applicationId).getId()).getRectificationDeadline());
    }

    /** Whether the latest recovery decision of the application can still be challenged now. */
    @Transactional(readOnly = true)
    public boolean awaited(Long applicationId) {
        LocalDate today = LocalDate.ofInstant(Now.instant(), Now.HELSINKI);
        return repository.findFirstByApplicationIdOrderByIdDesc(applicationId).filter(r -> r.awaitsRectification(today)).isPresent();
    }

    /** The association's rectification request against the recovery decision, made in the e-service just now. */
    @Transactional
    public void request(String applicationNumber, String content, Instant receivedAt) {
        record(applicationNumber, content, receivedAt, RequestOrigin.eService());
    }

    /**
     * A request against the latest recovery decision, from the e-service or recorded by an officer. In its period it
     * wakes the waiting recovery; after the period it is kept and not examined. Answers whether it was in time.
     */
    @Transactional
    public boolean record(String applicationNumber, String content, Instant receivedAt, RequestOrigin origin) {
        GrantApplication application = applications.byNumber(applicationNumber);
        String text = FormValues.text(content);
        Problems problems = new Problems(messages);
        problems.addIf(text == null, "rectification.content.required");
        problems.addIf(text != null && text.length() > MAX_TEXT, "recovery.rectification.tooLong", MAX_TEXT);
        problems.throwIfAny();
        LocalDate receivedOn = LocalDate.ofInstant(receivedAt, Now.HELSINKI);
        Recovery latest = repository.findFirstByApplicationIdOrderByIdDesc(application.getId()).orElseThrow(() -> notOpen(applicationNumber));
        if (latest.getRectificationDeadline() != null && receivedOn.isAfter(latest.getRectificationDeadline())) {
            rectificationRequests.dismissLateAgainstRecovery(application.getId(), text, receivedAt, origin);
            return false;
        }
        Recovery recovery = Optional.of(latest).filter(r -> r.awaitsRectification(receivedOn)).orElseThrow(() -> notOpen(applicationNumber));
        recovery.rectificationRequested(text, receivedAt, origin);
        if (runtimeService.createMessageCorrelation(ProcessKeys.MESSAGE_RECOVERY_RECTIFICATION_REQUESTED)
                .processInstanceBusinessKey(application.getApplicationNumber()).correlateAllWithResult().isEmpty()) {
            throw notOpen(applicationNumber);
        }
        return true;
    }

    /** Whether the application has a recovery decision that was served: requests from then on are against it. */
    @Transactional(readOnly = true)
    public boolean served(Long applicationId) {
        return repository.findFirstByApplicationIdOrderByIdDesc(applicationId).filter(r -> r.getRectificationDeadline() != null).isPresent();
    }

    /**
     * The decision body's decision on the request. Upheld, the amount stands with a new due date;
     * amended, the amount changes, and zero waives the recovery. Returns whether money is still recovered.
     */
    @Transactional
    boolean decide(long applicationId, Recovery.RectificationOutcome outcome, BigDecimal amount, LocalDate dueOn,
                          String reasoning, String reference, LocalDate decidedOn) {
        GrantApplication application = applications.get(applicationId);
        Recovery recovery = recoveries.current(application.getId());
        boolean amended = outcome == Recovery.RectificationOutcome.AMENDED;
        BigDecimal remaining = amended ? amount : recovery.getDecidedAmount();
        LocalDate today = LocalDate.ofInstant(Now.instant(), Now.HELSINKI);
        Problems problems = new Problems(messages);
        problems.addIf(!amended && outcome != Recovery.RectificationOutcome.UPHELD, "recovery.rectification.outcome.required");
        Recoveries.checkTerms(problems, remaining, recovery.getDecidedAmount(), dueOn, reasoning, reference, decidedOn);
        problems.throwIfAny();
        recovery.rectificationDecided(outcome, remaining, dueOn, reasoning, reference, decidedOn);
        if (remaining.signum() == 0) {
            application.close(today);
        }
        return remaining.signum() > 0;
    }

    /** The decision on the request, with appeal instructions; the appeal period runs from its deemed receipt. */
    @Transactional
    void sendDecision(long applicationId) {
        GrantApplication application = applications.get(applicationId);
        Recovery recovery = recoveries.current(application.getId());
        LocalDate deadline = deadlines.appealDeadline(notices.deemedReceiptOfMailSentToday());
        notices.send(application, LetterKind.RECOVERY_RECTIFICATION_DECISION,
                recovery.letterContent(LetterKind.RECOVERY_RECTIFICATION_DECISION), deadline);
        recovery.rectificationNoticeSent(deadline);
    }

    /** When the decision on the rectification request becomes final unless appealed. */
    @Transactional(readOnly = true)
    public Date appealPeriodEnds(long applicationId) {
        return Now.endOf(recoveries.current(applications.get(applicationId).getId()).getAppealDeadline());
    }

    private InvalidInputException notOpen(String applicationNumber) {
        return new InvalidInputException(List.of(messages.get("recovery.rectification.notOpen", applicationNumber)));
    }
}
