package fi.hva.grants.applicant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A signed-in applicant: a bearer token for one association and one contact person's e-mail address. */
@Entity
@Table(name = "applicant_session")
public class ApplicantSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String tokenHash;
    private String businessId;
    private String email;
    private Instant createdAt;
    private Instant expiresAt;

    protected ApplicantSession() {
    }

    ApplicantSession(String tokenHash, String businessId, String email, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.businessId = businessId;
        this.email = email;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    void end(Instant at) {
        this.expiresAt = at;
    }

    public String getBusinessId() {
        return businessId;
    }

    public String getEmail() {
        return email;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
