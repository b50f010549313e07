package fi.hva.grants.grant;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InfoRequestRepository extends JpaRepository<InfoRequest, Long> {

    List<InfoRequest> findByApplicationIdOrderByRequestedAt(Long applicationId);

    Optional<InfoRequest> findFirstByApplicationIdAndStatus(Long applicationId, InfoRequest.Status status);
}
