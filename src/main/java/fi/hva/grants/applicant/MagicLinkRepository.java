package fi.hva.grants.applicant;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MagicLinkRepository extends JpaRepository<MagicLink, Long> {

    Optional<MagicLink> findByTokenHash(String tokenHash);

    /** Marks the link used if it still works; one of two simultaneous clicks gets 0. */
    @Modifying
    @Query("update MagicLink l set l.usedAt = :now where l.tokenHash = :tokenHash and l.usedAt is null and l.expiresAt > :now")
    int use(String tokenHash, Instant now);

    @Modifying
    @Query("delete from MagicLink l where l.expiresAt < :before")
    int deleteExpiredBefore(Instant before);
}
