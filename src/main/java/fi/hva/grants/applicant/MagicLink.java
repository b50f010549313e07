package fi.hva.grants.applicant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A sign-in link mailed to an association's contact person; it works once, until it expires. */
@Entity
@Table(name = "applicant_magic_link")
public class MagicLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String tokenHash;
    private String businessId;
    private String email;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;

    protected MagicLink() {
    }

    MagicLink(String tokenHash, String businessId, String email, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.businessId = businessId;
        this.email = email;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public Long getId() {
        return id;
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

    public Instant getUsedAt() {
        return usedAt;
    }
}
