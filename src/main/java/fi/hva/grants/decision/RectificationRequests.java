package fi.hva.grants.decision;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import fi.hva.grants.common.Problems;
import fi.hva.grants.deadline.Deadlines;
import fi.hva.grants.grant.Applications;
import fi.hva.grants.grant.DecisionOutcome;
import fi.hva.grants.grant.GrantApplication;
import fi.hva.grants.process.ProcessKeys;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rectification requests from the applicant or a member of the county: one that arrives by its deadline wakes the
 * decision's process, which takes it to the decision body; a late one is recorded and not examined.
 */
@Service
public class RectificationRequests {

    private final Applications applications;
    private final RectificationRequestRepository requests;
    private final RuntimeService runtimeService;
    private final Deadlines deadlines;
    private final Messages messages;

    RectificationRequests(Applications applications, RectificationRequestRepository requests, RuntimeService runtimeService,
                          Deadlines deadlines, Messages messages) {
        this.applications = applications;
        this.requests = requests;
        this.runtimeService = runtimeService;
        this.deadlines = deadlines;
        this.messages = messages;
    }

    /** A request the association made in the e-service just now. */
    @Transactional
    public RectificationRequest receive(String applicationNumber, String content, Instant receivedAt) {
        return record(applicationNumber, content, receivedAt, RequestOrigin.eService());
    }

    /**
     * A request against the grant decision, from the e-service or recorded by an officer. The applicant's period runs
     * from the deemed receipt of the decision, a county member's from the minutes' publication; a member's request
     * before the minutes are published is in time. One in time wakes the waiting decision process, which takes it to
     * the decision body; a late one is kept and not examined.
     */
    @Transactional
    public RectificationRequest record(String applicationNumber, String content, Instant receivedAt, RequestOrigin origin) {
        GrantApplication application = applications.byNumber(applicationNumber);
        Problems problems = new Problems(messages);
        problems.addIf(FormValues.text(content) == null, "rectification.content.required");
        problems.addIf(application.getRectificationDeadline() == null, "rectification.notDecided", applicationNumber);
        problems.addIf(origin.requester() == RequestOrigin.Requester.COUNTY_MEMBER && FormValues.text(origin.requesterName()) == null,
                "rectification.requesterName.required");
        problems.throwIfAny();
        boolean inTime = !LocalDate.ofInstant(receivedAt, Now.HELSINKI).isAfter(lastDay(application, origin.requester()));
        RectificationRequest request = requests.save(new RectificationRequest(application.getId(),
                RectificationTarget.GRANT_DECISION, receivedAt, content.trim(), inTime, origin));
        if (inTime && runtimeService.createMessageCorrelation(ProcessKeys.MESSAGE_RECTIFICATION_REQUESTED)
                .processInstanceBusinessKey(application.getApplicationNumber()).correlateAllWithResult().isEmpty()) {
            throw new InvalidInputException(List.of(messages.get("rectification.notAwaited", applicationNumber)));
        }
        return request;
    }

    /**
     * A request against a recovery decision that came after its period: kept with the application and not examined,
     * like a late one against the grant decision.
     */
    @Transactional
    public void dismissLateAgainstRecovery(long applicationId, String content, Instant receivedAt, RequestOrigin origin) {
        requests.save(new RectificationRequest(applicationId, RectificationTarget.RECOVERY_DECISION, receivedAt,
                content.trim(), false, origin));
    }

    private LocalDate lastDay(GrantApplication application, RequestOrigin.Requester requester) {
        if (requester == RequestOrigin.Requester.APPLICANT) {
            return application.getRectificationDeadline();
        }
        LocalDate published = application.minutesPublishedOn();
        return published == null ? LocalDate.MAX : deadlines.membersRectificationDeadline(published);
    }

    /**
     * Records the decision body's decision; an amended decision changes the amount granted. Answers the
     * outcome the application goes on with.
     */
    @Transactional
    DecisionOutcome decide(long applicationId, RectificationOutcome outcome, BigDecimal amount, String reasoning,
                           String reference, LocalDate decidedOn) {
        GrantApplication application = applications.get(applicationId);
        boolean amended = outcome == RectificationOutcome.AMENDED;
        Problems problems = new Problems(messages);
        problems.addIf(outcome == null, "rectification.outcome.required");
        problems.addIf(amended && (amount == null || amount.signum() < 0 || amount.compareTo(application.getRequestedAmount()) > 0),
                "rectification.amount.invalid", application.getRequestedAmount());
        problems.addIf(reasoning == null, "rectification.reasoning.required");
        problems.addIfNotMinutes(reference, decidedOn);
        problems.throwIfAny();
        RectificationRequest request = pending(application.getId());
        request.decide(outcome.status(), amended ? amount : null, reasoning, reference, decidedOn);
        if (amended) {
            application.amendDecision(amount, reasoning);
        }
        return application.getDecisionOutcome();
    }

    /** No request for rectification or appeal came in time: the decision is final from today, and payout may follow. */
    @Transactional
    void markFinal(long applicationId) {
        applications.get(applicationId).markFinal(LocalDate.ofInstant(Now.instant(), Now.HELSINKI));
    }

    RectificationRequest pending(Long applicationId) {
        return requests.findFirstByApplicationIdAndStatus(applicationId, RectificationRequest.Status.PENDING)
                .orElseThrow(() -> new IllegalStateException("No pending rectification request for application " + applicationId));
    }

    /** The request the latest rectification decision answered. */
    RectificationRequest decided(Long applicationId) {
        return requests.findByApplicationIdOrderByReceivedAt(applicationId).stream()
                .filter(r -> r.getDecidedOn() != null).reduce((first, second) -> second)
                .orElseThrow(() -> new IllegalStateException("No decided rectification request for application " + applicationId));
    }
}
