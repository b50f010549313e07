package fi.hva.grants.premises;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PremisesUseRepository extends JpaRepository<PremisesUse, Long> {

    /** Premises let free of charge whose use overlaps the period: how many and what they cost. */
    @Query("""
            select new fi.hva.grants.premises.PremisesCosts(count(p), coalesce(sum(p.cost), 0))
            from PremisesUse p
            where p.status = fi.hva.grants.premises.PremisesUse.Status.GRANTED and p.startsOn <= :until and p.endsOn >= :from""")
    PremisesCosts grantedBetween(LocalDate from, LocalDate until);
}
