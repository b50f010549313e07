package fi.hva.grants.applicant;

import fi.hva.grants.grant.GrantApplication;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The applications as the e-service reads them: always within one association ({@link Applicant#follows} narrows further). */
interface ApplicantApplicationRepository extends Repository<GrantApplication, Long> {

    Optional<GrantApplication> findByProcessInstanceId(String processInstanceId);

    Optional<GrantApplication> findById(Long id);

    Optional<GrantApplication> findByApplicationNumberAndAssociationBusinessId(String applicationNumber, String businessId);

    List<GrantApplication> findByAssociationBusinessIdOrderBySubmittedAtDesc(String businessId);
}
