package fi.hva.grants.decision;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RectificationRequestRepository extends JpaRepository<RectificationRequest, Long> {

    List<RectificationRequest> findByApplicationIdOrderByReceivedAt(Long applicationId);

    Optional<RectificationRequest> findFirstByApplicationIdAndStatus(Long applicationId, RectificationRequest.Status status);
}
