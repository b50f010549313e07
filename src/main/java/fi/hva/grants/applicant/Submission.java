package fi.hva.grants.applicant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The idempotency key of an electronic submission and the application it created. */
@Entity
@Table(name = "applicant_submission")
class Submission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String businessId;
    private String idempotencyKey;
    private Long applicationId;
    private Instant createdAt;
    /** Null for submissions stored before the fingerprint was kept. */
    private String fingerprint;

    protected Submission() {
    }

    Submission(String businessId, String idempotencyKey, String fingerprint, Instant createdAt) {
        this.businessId = businessId;
        this.idempotencyKey = idempotencyKey;
        this.fingerprint = fingerprint;
        this.createdAt = createdAt;
    }

    boolean hasContent(String fingerprint) {
        return this.fingerprint == null || this.fingerprint.equals(fingerprint);
    }

    void created(Long applicationId) {
        this.applicationId = applicationId;
    }

    public Long getApplicationId() {
        return applicationId;
    }
}
