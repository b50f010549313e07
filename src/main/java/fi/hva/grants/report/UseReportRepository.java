package fi.hva.grants.report;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UseReportRepository extends JpaRepository<UseReport, Long> {

    List<UseReport> findByApplicationIdOrderByReceivedAt(Long applicationId);
}
