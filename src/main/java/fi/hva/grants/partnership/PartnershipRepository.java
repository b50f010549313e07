package fi.hva.grants.partnership;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnershipRepository extends JpaRepository<Partnership, Long> {

    Optional<Partnership> findByPartnershipNumber(String partnershipNumber);

    List<Partnership> findByBusinessIdAndStatusIn(String businessId, Collection<Partnership.Status> statuses);
}
