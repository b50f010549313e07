package fi.hva.grants.applicant;

import fi.hva.grants.grant.GrantApplication;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The applications as the e-service reads them: always within one association and contact person. */
interface ApplicantApplicationRepository extends Repository<GrantApplication, Long> {

    Optional<GrantApplication> findByProcessInstanceId(String processInstanceId);

    Optional<GrantApplication> findById(Long id);

    Optional<GrantApplication> findByApplicationNumberAndAssociationBusinessIdAndContactEmailIgnoreCase(
            String applicationNumber, String businessId, String contactEmail);

    List<GrantApplication> findByAssociationBusinessIdAndContactEmailIgnoreCaseOrderBySubmittedAtDesc(
            String businessId, String contactEmail);
}
