package fi.hva.grants.applicant;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApplicantSessionRepository extends JpaRepository<ApplicantSession, Long> {

    Optional<ApplicantSession> findByTokenHashAndExpiresAtAfter(String tokenHash, Instant now);

    @Modifying
    @Query("delete from ApplicantSession s where s.expiresAt < :before")
    int deleteExpiredBefore(Instant before);
}
