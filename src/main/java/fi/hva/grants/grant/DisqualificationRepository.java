package fi.hva.grants.grant;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DisqualificationRepository extends JpaRepository<Disqualification, Long> {

    List<Disqualification> findByApplicationId(Long applicationId);

    boolean existsByApplicationIdAndUserId(Long applicationId, String userId);
}
