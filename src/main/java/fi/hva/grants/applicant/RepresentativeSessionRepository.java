package fi.hva.grants.applicant;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RepresentativeSessionRepository extends JpaRepository<RepresentativeSession, Long> {

    Optional<RepresentativeSession> findByTokenHashAndExpiresAtAfter(String tokenHash, Instant now);

    @Modifying
    @Query("delete from RepresentativeSession s where s.expiresAt < :before")
    int deleteExpiredBefore(Instant before);
}
