package fi.hva.grants.applicant;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubmissionRepository extends JpaRepository<Submission, Long> {

    Optional<Submission> findByBusinessIdAndIdempotencyKey(String businessId, String idempotencyKey);
}
