package fi.hva.grants.partnership;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** One negotiation meeting: what the county proposed, what the association answered, and what follows. */
@Entity
class NegotiationRound {

    public enum Outcome { CONTINUE, AGREED, WITHDRAWN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long partnershipId;
    private int roundNumber;
    private LocalDate heldOn;
    private String ourProposal;
    private String theirAnswer;
    private String notes;
    private LocalDate nextMeetingOn;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private String recordedBy;
    private Instant recordedAt;

    protected NegotiationRound() {
    }

    NegotiationRound(Long partnershipId, int roundNumber, LocalDate heldOn, String ourProposal, String theirAnswer,
                     String notes, LocalDate nextMeetingOn, Outcome outcome, String recordedBy, Instant recordedAt) {
        this.partnershipId = partnershipId;
        this.roundNumber = roundNumber;
        this.heldOn = heldOn;
        this.ourProposal = ourProposal;
        this.theirAnswer = theirAnswer;
        this.notes = notes;
        this.nextMeetingOn = nextMeetingOn;
        this.outcome = outcome;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public int getRoundNumber() {
        return roundNumber;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getOurProposal() {
        return ourProposal;
    }

    public String getTheirAnswer() {
        return theirAnswer;
    }

    public String getNotes() {
        return notes;
    }

    public LocalDate getNextMeetingOn() {
        return nextMeetingOn;
    }

    public Outcome getOutcome() {
        return outcome;
    }
}
