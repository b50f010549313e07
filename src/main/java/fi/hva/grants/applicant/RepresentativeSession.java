package fi.hva.grants.applicant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A signed-in representative: a bearer token for one association that e-Authorizations confirmed the person may act
 * for. The person is Suomi.fi's pseudonymous subject and their name; never their identity code.
 */
@Entity
@Table(name = "applicant_representative_session")
class RepresentativeSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String tokenHash;
    private String businessId;
    private String subject;
    private String personName;
    private Instant createdAt;
    private Instant expiresAt;

    protected RepresentativeSession() {
    }

    RepresentativeSession(String tokenHash, String businessId, String subject, String personName, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.businessId = businessId;
        this.subject = subject;
        this.personName = personName;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    Applicant applicant() {
        return Applicant.representative(businessId, personName);
    }

    void end(Instant at) {
        this.expiresAt = at;
    }

    Long getId() {
        return id;
    }
}
