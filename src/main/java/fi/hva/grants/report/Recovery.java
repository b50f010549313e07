package fi.hva.grants.report;

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

    @Enumerated(EnumType.STRING)
    private Status status;

    private BigDecimal decidedAmount;
    private LocalDate dueOn;
    private String reasoning;
    private String boardReference;
    private LocalDate decidedOn;

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

    public void respond(String text) {
        this.response = text;
    }

    public void decide(BigDecimal amount, LocalDate due, String reasoning, String reference, LocalDate on) {
        this.status = amount.signum() == 0 ? Status.WAIVED : Status.DECIDED;
        this.decidedAmount = amount;
        this.dueOn = due;
        this.reasoning = reasoning;
        this.boardReference = reference;
        this.decidedOn = on;
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
