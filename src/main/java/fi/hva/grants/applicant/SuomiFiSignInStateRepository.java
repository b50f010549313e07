package fi.hva.grants.applicant;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SuomiFiSignInStateRepository extends JpaRepository<SuomiFiSignInState, Long> {

    Optional<SuomiFiSignInState> findByStateHash(String stateHash);

    /** The newest sign-in of a browser: e-Authorizations' selection interface returns without our state. */
    Optional<SuomiFiSignInState> findFirstByBrowserHashOrderByIdDesc(String browserHash);

    Optional<SuomiFiSignInState> findByHandoffHash(String handoffHash);

    @Modifying
    @Query("delete from SuomiFiSignInState s where s.expiresAt < :before")
    int deleteExpiredBefore(Instant before);
}
