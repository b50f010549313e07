package fi.hva.grants.report;

import fi.hva.grants.decision.RequestOrigin;
import fi.hva.grants.decision.letter.LetterKind;
import fi.hva.grants.decision.letter.RecoveryDecision;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Recovery of a grant (takaisinperintä): the grounds written into the grant terms, the hearing of
 * the association (hallintolaki 34 §), the decision body's decision and how the money came back.
 */
@Entity
public class Recovery {

    public enum Grounds { UNUSED, MISUSED, NO_REPORT }

    public enum Status { HEARING, DECIDED, WAIVED, SETTLED }

    public enum Settlement { PAID, SET_OFF }

    /** The decision body's answer to a rectification request: the decision stands, or it is changed. */
    public enum RectificationOutcome { UPHELD, AMENDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long applicationId;

    @Enumerated(EnumType.STRING)
    private Grounds grounds;

    private BigDecimal proposedAmount;
    private String explanation;
    private Instant hearingSentAt;
    private LocalDate hearingDeadline;
    private String response;
    private LocalDate responseReceivedOn;
    /** The officer who recorded a response that came by post or e-mail; none when it came through the e-service. */
    private String responseRecordedBy;

    @Enumerated(EnumType.STRING)
    private Status status;

    private BigDecimal decidedAmount;
    private LocalDate dueOn;
    private String reasoning;
    private String boardReference;
    private LocalDate decidedOn;

    private Instant noticeSentAt;
    private LocalDate rectificationDeadline;
    private String rectificationRequest;
    private Instant rectificationReceivedAt;
    private String rectificationRequestedBy;

    @Enumerated(EnumType.STRING)
    private RequestOrigin.Channel rectificationChannel;

    private String rectificationRecordedBy;

    @Enumerated(EnumType.STRING)
    private RectificationOutcome rectificationOutcome;

    private String rectificationReasoning;
    private String rectificationReference;
    private LocalDate rectificationDecidedOn;
    private LocalDate appealDeadline;

    @Enumerated(EnumType.STRING)
    private Settlement settlement;

    private LocalDate settledOn;

    protected Recovery() {
    }

    public Recovery(Long applicationId, Grounds grounds, BigDecimal proposedAmount, String explanation) {
        this.applicationId = applicationId;
        this.grounds = grounds;
        this.proposedAmount = proposedAmount;
        this.explanation = explanation;
        this.status = Status.HEARING;
    }

    public void hearingSent(Instant at, LocalDate deadline) {
        this.hearingSentAt = at;
        this.hearingDeadline = deadline;
    }

    public void respond(String text, LocalDate receivedOn, String recordedBy) {
        this.response = text;
        this.responseReceivedOn = receivedOn;
        this.responseRecordedBy = recordedBy;
    }

    public void decide(BigDecimal amount, LocalDate due, String reasoning, String reference, LocalDate on) {
        this.status = amount.signum() == 0 ? Status.WAIVED : Status.DECIDED;
        this.decidedAmount = amount;
        this.dueOn = due;
        this.reasoning = reasoning;
        this.boardReference = reference;
        this.decidedOn = on;
    }

    public void noticeSent(Instant at, LocalDate rectificationDeadline) {
        this.noticeSentAt = at;
        this.rectificationDeadline = rectificationDeadline;
    }

    /** Open while the decision stands and its rectification period runs, and only once. */
    public boolean awaitsRectification(LocalDate on) {
        return status == Status.DECIDED && rectificationDeadline != null && rectificationRequest == null
                && !on.isAfter(rectificationDeadline);
    }

    public void rectificationRequested(String request, Instant at, RequestOrigin origin) {
        this.rectificationRequest = request;
        this.rectificationReceivedAt = at;
        this.rectificationRequestedBy = origin.requesterName();
        this.rectificationChannel = origin.channel();
        this.rectificationRecordedBy = origin.recordedBy();
    }

    public String getRectificationRequestedBy() {
        return rectificationRequestedBy;
    }

    public RequestOrigin.Channel getRectificationChannel() {
        return rectificationChannel;
    }

    public String getRectificationRecordedBy() {
        return rectificationRecordedBy;
    }

    /** An amended decision replaces the amount and due date; an amount of zero waives the recovery. */
    public void rectificationDecided(RectificationOutcome outcome, BigDecimal amount, LocalDate due, String reasoning,
                                     String reference, LocalDate on) {
        this.rectificationOutcome = outcome;
        this.rectificationReasoning = reasoning;
        this.rectificationReference = reference;
        this.rectificationDecidedOn = on;
        if (outcome == RectificationOutcome.AMENDED) {
            this.decidedAmount = amount;
            this.status = amount.signum() == 0 ? Status.WAIVED : Status.DECIDED;
        }
        this.dueOn = amount.signum() == 0 ? null : due;
    }

    /** What the letter of the recovery decision, or of the decision on a rectification request against it, says. */
    RecoveryDecision letterContent(LetterKind kind) {
        return kind == LetterKind.RECOVERY_DECISION
                ? new RecoveryDecision(decidedAmount, dueOn, reasoning, boardReference, decidedOn)
                : new RecoveryDecision(decidedAmount, dueOn, rectificationReasoning, rectificationReference, rectificationDecidedOn);
    }

    public void rectificationNoticeSent(LocalDate appealDeadline) {
        this.appealDeadline = appealDeadline;
    }

    public void settle(Settlement how, LocalDate on) {
        this.settlement = how;
        this.settledOn = on;
        this.status = Status.SETTLED;
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public Grounds getGrounds() {
        return grounds;
    }

    public BigDecimal getProposedAmount() {
        return proposedAmount;
    }

    public String getExplanation() {
        return explanation;
    }

    public LocalDate getHearingDeadline() {
        return hearingDeadline;
    }

    public String getResponse() {
        return response;
    }

    public LocalDate getResponseReceivedOn() {
        return responseReceivedOn;
    }

    public String getResponseRecordedBy() {
        return responseRecordedBy;
    }

    public Instant getHearingSentAt() {
        return hearingSentAt;
    }

    public Status getStatus() {
        return status;
    }

    public BigDecimal getDecidedAmount() {
        return decidedAmount;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getBoardReference() {
        return boardReference;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public LocalDate getRectificationDeadline() {
        return rectificationDeadline;
    }

    public String getRectificationRequest() {
        return rectificationRequest;
    }

    public Instant getRectificationReceivedAt() {
        return rectificationReceivedAt;
    }

    public RectificationOutcome getRectificationOutcome() {
        return rectificationOutcome;
    }

    public String getRectificationReasoning() {
        return rectificationReasoning;
    }

    public String getRectificationReference() {
        return rectificationReference;
    }

    public LocalDate getRectificationDecidedOn() {
        return rectificationDecidedOn;
    }

    public LocalDate getAppealDeadline() {
        return appealDeadline;
    }

    public String getReasoning() {
        return reasoning;
    }

    public Settlement getSettlement() {
        return settlement;
    }

    public LocalDate getSettledOn() {
        return settledOn;
    }
}
