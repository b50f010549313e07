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
public class Submission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String businessId;
    private String idempotencyKey;
    private Long applicationId;
    private Instant createdAt;

    protected Submission() {
    }

    Submission(String businessId, String idempotencyKey, Instant createdAt) {
        this.businessId = businessId;
        this.idempotencyKey = idempotencyKey;
        this.createdAt = createdAt;
    }

    void created(Long applicationId) {
        this.applicationId = applicationId;
    }

    public Long getApplicationId() {
        return applicationId;
    }
}
