package fi.hva.grants.grant;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionStageRepository extends JpaRepository<DecisionStage, Long> {

    List<DecisionStage> findByApplicationIdOrderByRecordedAtAscIdAsc(Long applicationId);

    List<DecisionStage> findByApplicationIdIn(Collection<Long> applicationIds);
}
