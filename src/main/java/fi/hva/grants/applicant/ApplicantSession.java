package fi.hva.grants.applicant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A signed-in applicant: a bearer token for one association and one contact person's e-mail address. */
@Entity
@Table(name = "applicant_session")
class ApplicantSession extends SignInToken {

    protected ApplicantSession() {
    }

    ApplicantSession(String tokenHash, String businessId, String email, Instant createdAt, Instant expiresAt) {
        super(tokenHash, businessId, email, createdAt, expiresAt);
    }

    void end(Instant at) {
        expireAt(at);
    }
}
