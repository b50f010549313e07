package fi.hva.grants.grant;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GrantApplicationRepository extends JpaRepository<GrantApplication, Long> {

    Optional<GrantApplication> findByApplicationNumber(String applicationNumber);

    List<GrantApplication> findByCallIdOrderByApplicationNumber(Long callId);

    long countByCallIdAndStatusNotIn(Long callId, Collection<ApplicationStatus> statuses);

    List<GrantApplication> findByCallIdAndStatusIn(Long callId, Collection<ApplicationStatus> statuses);
}
