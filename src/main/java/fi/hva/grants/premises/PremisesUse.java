package fi.hva.grants.premises;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An association's request to use the county's premises free of charge, and the decision of the supervisor responsible
 * for them, with the cost the county bears for the use (the rent or running costs forgone), followed in the reports.
 */
@Entity
public class PremisesUse {

    public enum Status { REQUESTED, GRANTED, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String associationName;
    private String businessId;
    private String premises;
    private String purpose;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private Instant requestedAt;
    private String recordedBy;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String decidedBy;
    private Instant decidedAt;
    private String reasoning;
    private BigDecimal cost;

    @Version
    private int version;

    protected PremisesUse() {
    }

    PremisesUse(PremisesRequest request, Instant requestedAt, String recordedBy) {
        this.associationName = request.associationName();
        this.businessId = request.businessId();
        this.premises = request.premises();
        this.purpose = request.purpose();
        this.startsOn = request.startsOn();
        this.endsOn = request.endsOn();
        this.requestedAt = requestedAt;
        this.recordedBy = recordedBy;
        this.status = Status.REQUESTED;
    }

    /** Granted premises carry their cost; a refusal carries none. */
    void decide(boolean granted, String reasoning, BigDecimal cost, String decidedBy, Instant decidedAt) {
        this.status = granted ? Status.GRANTED : Status.REFUSED;
        this.reasoning = reasoning;
        this.cost = granted ? cost : null;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public Long getId() {
        return id;
    }

    public String getAssociationName() {
        return associationName;
    }

    public String getBusinessId() {
        return businessId;
    }

    public String getPremises() {
        return premises;
    }

    public String getPurpose() {
        return purpose;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Status getStatus() {
        return status;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getReasoning() {
        return reasoning;
    }

    public BigDecimal getCost() {
        return cost;
    }
}
