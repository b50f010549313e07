package fi.hva.grants.applicant;

import fi.hva.grants.partnership.Partnership;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The partnerships as the e-service reads them: always within one association ({@link Applicant#follows} narrows further). */
interface ApplicantPartnershipRepository extends Repository<Partnership, Long> {

    Optional<Partnership> findByPartnershipNumberAndBusinessId(String partnershipNumber, String businessId);

    List<Partnership> findByBusinessIdOrderByCreatedAtDesc(String businessId);
}
