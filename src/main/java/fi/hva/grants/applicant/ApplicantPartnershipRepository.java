package fi.hva.grants.applicant;

import fi.hva.grants.partnership.Partnership;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The partnerships as the e-service reads them: always within one association and contact person. */
interface ApplicantPartnershipRepository extends Repository<Partnership, Long> {

    Optional<Partnership> findByPartnershipNumberAndBusinessIdAndContactEmailIgnoreCase(
            String partnershipNumber, String businessId, String contactEmail);

    List<Partnership> findByBusinessIdAndContactEmailIgnoreCaseOrderByCreatedAtDesc(String businessId, String contactEmail);
}
