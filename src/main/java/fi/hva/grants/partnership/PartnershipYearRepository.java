package fi.hva.grants.partnership;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnershipYearRepository extends JpaRepository<PartnershipYear, Long> {

    List<PartnershipYear> findByPartnershipIdOrderByAgreementYear(Long partnershipId);

    List<PartnershipYear> findByAgreementYearAndStatusIn(int agreementYear, Collection<PartnershipYear.Status> statuses);
}
