package fi.hva.grants.report;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;

/** The grantee's report on the use of the grant (käyttöselvitys) and the liaison officer's check of it. */
@Entity
public class UseReport {

    public enum Status { RECEIVED, ACCEPTED, NEEDS_INFO, RECOVERY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long applicationId;
    private Instant receivedAt;
    private BigDecimal usedAmount;
    private String content;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String checkedBy;
    private Instant checkedAt;
    private String checkNotes;

    protected UseReport() {
    }

    public UseReport(Long applicationId, Instant receivedAt, BigDecimal usedAmount, String content) {
        this.applicationId = applicationId;
        this.receivedAt = receivedAt;
        this.usedAmount = usedAmount;
        this.content = content;
        this.status = Status.RECEIVED;
    }

    public void check(Status outcome, String by, Instant at, String notes) {
        this.status = outcome;
        this.checkedBy = by;
        this.checkedAt = at;
        this.checkNotes = notes;
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

    public BigDecimal getUsedAmount() {
        return usedAmount;
    }

    public String getContent() {
        return content;
    }

    public Status getStatus() {
        return status;
    }

    public String getCheckedBy() {
        return checkedBy;
    }

    public String getCheckNotes() {
        return checkNotes;
    }
}
