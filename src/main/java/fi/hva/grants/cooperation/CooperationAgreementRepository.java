package fi.hva.grants.cooperation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CooperationAgreementRepository extends JpaRepository<CooperationAgreement, Long> {

    Optional<CooperationAgreement> findByAgreementNumber(String agreementNumber);
}
