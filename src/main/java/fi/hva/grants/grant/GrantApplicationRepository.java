package fi.hva.grants.grant;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface GrantApplicationRepository extends JpaRepository<GrantApplication, Long> {

    Optional<GrantApplication> findByApplicationNumber(String applicationNumber);

    List<GrantApplication> findByCallIdOrderByApplicationNumber(Long callId);

    @Query("select a.id from GrantApplication a where a.call.id = :callId order by a.applicationNumber")
    List<Long> findIdsByCallId(Long callId);

    long countByStatus(ApplicationStatus status);

    long countByCallIdAndStatusNotIn(Long callId, Collection<ApplicationStatus> statuses);

    List<GrantApplication> findByCallIdAndStatusIn(Long callId, Collection<ApplicationStatus> statuses);

    /** Paid grants of the association whose case is still open, i.e. whose use report is not yet accepted. */
    @Query("""
            select count(a) from GrantApplication a where a.association.id = :associationId and a.closedOn is null
            and exists (select p.id from Payment p where p.applicationId = a.id and p.status = fi.hva.grants.payment.Payment.Status.PAID)""")
    long countOpenReportObligations(Long associationId);
}
