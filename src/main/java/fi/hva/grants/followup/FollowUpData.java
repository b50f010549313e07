package fi.hva.grants.followup;

import fi.hva.grants.grant.DecisionStage;
import fi.hva.grants.grant.GrantApplication;
import fi.hva.grants.payment.Payment;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The applications, their decision stages and the payments a follow-up report is computed from, each in one query. */
interface FollowUpData extends Repository<GrantApplication, Long> {

    @Query("""
            select a from GrantApplication a join fetch a.call c join fetch a.association
            where c.grantYear = :year order by a.applicationNumber""")
    List<GrantApplication> applicationsOfYear(int year);

    @Query("""
            select a from GrantApplication a join fetch a.call c join fetch a.association
            where c.id = :callId order by a.applicationNumber""")
    List<GrantApplication> applicationsOfCall(Long callId);

    @Query("""
            select p from Payment p where p.status = fi.hva.grants.payment.Payment.Status.PAID
            and p.applicationId in (select a.id from GrantApplication a where a.call.grantYear = :year)""")
    List<Payment> paidPaymentsOfYear(int year);

    @Query("""
            select s from DecisionStage s
            where s.applicationId in (select a.id from GrantApplication a where a.call.grantYear = :year)""")
    List<DecisionStage> decisionStagesOfYear(int year);

    @Query("""
            select s from DecisionStage s
            where s.applicationId in (select a.id from GrantApplication a where a.call.id = :callId)""")
    List<DecisionStage> decisionStagesOfCall(Long callId);

    /** The year's partnership agreement years; the years cancelled with an ended agreement were never granted. */
    @Query("""
            select new fi.hva.grants.followup.PartnershipGrantYear(p.yearlyMaximum, y.confirmedAmount, a.municipality)
            from PartnershipYear y join Partnership p on p.id = y.partnershipId
            left join Association a on a.businessId = p.businessId
            where y.agreementYear = :year
            and y.status <> fi.hva.grants.partnership.PartnershipYear.Status.CANCELLED""")
    List<PartnershipGrantYear> partnershipYearsOf(int year);
}
