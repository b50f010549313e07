package fi.hva.grants.grant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One step of the decision on an application as it was taken: who, when, the amount and why. Stages are
 * only appended, so the reviewer's proposal survives the liaison officer's adjustment and the decision
 * body's change, which overwrite the application's current amounts.
 */
@Entity
public class DecisionStage {

    /** Which step; the decision body either changes the proposal or confirms it. */
    public enum Kind {
        REVIEW, ADJUSTMENT, BOARD_CHANGE, BOARD_CONFIRMATION;

        public boolean isBoard() {
            return this == BOARD_CHANGE || this == BOARD_CONFIRMATION;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long applicationId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private BigDecimal amount;
    private String reasoning;
    private String recordedBy;
    private Instant recordedAt;

    protected DecisionStage() {
    }

    DecisionStage(Long applicationId, Kind kind, BigDecimal amount, String reasoning, String recordedBy, Instant recordedAt) {
        this.applicationId = applicationId;
        this.kind = kind;
        this.amount = amount;
        this.reasoning = reasoning;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public Kind getKind() {
        return kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    /** Why: the reviewer's, the officer's or the decision body's reasoning; a confirmation keeps the proposal's. */
    public String getReasoning() {
        return reasoning;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
