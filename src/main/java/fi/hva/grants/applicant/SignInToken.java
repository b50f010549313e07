package fi.hva.grants.applicant;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What a sign-in link and a session both are: the SHA-256 of a secret token, valid until it expires, for one
 * association and one contact person's e-mail address.
 */
@MappedSuperclass
abstract class SignInToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String tokenHash;
    private String businessId;
    private String email;
    private Instant createdAt;
    private Instant expiresAt;

    protected SignInToken() {
    }

    protected SignInToken(String tokenHash, String businessId, String email, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.businessId = businessId;
        this.email = email;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    protected void expireAt(Instant at) {
        this.expiresAt = at;
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
}
