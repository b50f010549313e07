package fi.hva.grants.decision;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A rectification request (oikaisuvaatimus, laki hyvinvointialueesta 141 §) and the decision body's decision on it. */
@Entity
public class RectificationRequest {

    public enum Status { PENDING, UPHELD, AMENDED, NOT_EXAMINED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long applicationId;
    private Instant receivedAt;
    private String content;
    private boolean inTime;

    @Enumerated(EnumType.STRING)
    private RectificationTarget target;

    @Enumerated(EnumType.STRING)
    private RequestOrigin.Requester requesterKind;

    private String requesterName;

    @Enumerated(EnumType.STRING)
    private RequestOrigin.Channel receivedChannel;

    private String recordedBy;

    @Enumerated(EnumType.STRING)
    private Status status;

    private BigDecimal decidedAmount;
    private String reasoning;
    private String boardReference;
    private LocalDate decidedOn;
    private Instant notifiedAt;
    private LocalDate appealDeadline;

    protected RectificationRequest() {
    }

    /** A request that came too late is kept and not examined (611/2021 141 §: the period is absolute). */
    RectificationRequest(Long applicationId, RectificationTarget target, Instant receivedAt, String content, boolean inTime, RequestOrigin origin) {
        this.applicationId = applicationId;
        this.target = target;
        this.receivedAt = receivedAt;
        this.content = content;
        this.inTime = inTime;
        this.status = inTime ? Status.PENDING : Status.NOT_EXAMINED;
        this.requesterKind = origin.requester();
        this.requesterName = origin.requesterName();
        this.receivedChannel = origin.channel();
        this.recordedBy = origin.recordedBy();
    }

    public void decide(Status outcome, BigDecimal amount, String reasoning, String reference, LocalDate on) {
        this.status = outcome;
        this.decidedAmount = amount;
        this.reasoning = reasoning;
        this.boardReference = reference;
        this.decidedOn = on;
    }

    /** The decision on the request was sent; an appeal to the administrative court may be made until the deadline. */
    public void recordNotice(Instant sentAt, LocalDate appealDeadline) {
        this.notifiedAt = sentAt;
        this.appealDeadline = appealDeadline;
    }

    public Instant getNotifiedAt() {
        return notifiedAt;
    }

    public LocalDate getAppealDeadline() {
        return appealDeadline;
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getContent() {
        return content;
    }

    public boolean isInTime() {
        return inTime;
    }

    public RectificationTarget getTarget() {
        return target;
    }

    public RequestOrigin.Requester getRequesterKind() {
        return requesterKind;
    }

    public String getRequesterName() {
        return requesterName;
    }

    public RequestOrigin.Channel getReceivedChannel() {
        return receivedChannel;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Status getStatus() {
        return status;
    }

    public BigDecimal getDecidedAmount() {
        return decidedAmount;
    }

    public String getReasoning() {
        return reasoning;
    }

    public String getBoardReference() {
        return boardReference;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }
}
