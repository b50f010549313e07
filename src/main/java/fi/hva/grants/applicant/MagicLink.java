package fi.hva.grants.applicant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A sign-in link mailed to an association's contact person; it works once, until it expires. */
@Entity
@Table(name = "applicant_magic_link")
class MagicLink extends SignInToken {

    /** Set by MagicLinkRepository.use, which also refuses a second use. */
    private Instant usedAt;

    protected MagicLink() {
    }

    MagicLink(String tokenHash, String businessId, String email, Instant createdAt, Instant expiresAt) {
        super(tokenHash, businessId, email, createdAt, expiresAt);
    }
}
