package fi.hva.grants.grant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A reviewer's declaration of being disqualified (esteellisyys, hallintolaki 28 §) from one application. */
@Entity
class Disqualification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long applicationId;
    private String userId;
    private String reason;
    private Instant declaredAt;

    protected Disqualification() {
    }

    Disqualification(Long applicationId, String userId, String reason, Instant declaredAt) {
        this.applicationId = applicationId;
        this.userId = userId;
        this.reason = reason;
        this.declaredAt = declaredAt;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public String getUserId() {
        return userId;
    }

    public String getReason() {
        return reason;
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }
}
