package fi.hva.grants.report;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RecoveryRepository extends JpaRepository<Recovery, Long> {

    Optional<Recovery> findFirstByApplicationIdOrderByIdDesc(Long applicationId);
}
