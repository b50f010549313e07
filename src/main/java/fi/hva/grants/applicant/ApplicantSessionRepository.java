package fi.hva.grants.applicant;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApplicantSessionRepository extends JpaRepository<ApplicantSession, Long> {

    Optional<ApplicantSession> findByTokenHashAndExpiresAtAfter(String tokenHash, Instant now);
}
