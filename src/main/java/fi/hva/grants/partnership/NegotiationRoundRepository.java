package fi.hva.grants.partnership;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NegotiationRoundRepository extends JpaRepository<NegotiationRound, Long> {

    List<NegotiationRound> findByPartnershipIdOrderByRoundNumber(Long partnershipId);

    long countByPartnershipId(Long partnershipId);
}
