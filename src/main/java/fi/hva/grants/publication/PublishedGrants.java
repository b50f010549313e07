package fi.hva.grants.publication;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The grants a year's calls gave (seed 002: "aikaisempien vuosien myönnetyt avustukset"). Only decisions that are final
 * and gave money count: a decision that can still be rectified is not yet the county's last word, and a grant the
 * association declined was never given.
 */
@Component
class PublishedGrants {

    private final EntityManager entityManager;

    PublishedGrants(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public List<PublishedGrant> of(int grantYear) {
        return entityManager.createQuery("""
                        select new fi.hva.grants.publication.PublishedGrant(a.associationName, a.activityName, c.grantType, a.decidedAmount)
                        from GrantApplication a join a.call c
                        where c.grantYear = :year and a.finalOn is not null and a.decidedAmount > 0 and a.grantDeclinedAt is null
                        order by c.grantType, lower(a.associationName), lower(a.activityName)""", PublishedGrant.class)
                .setParameter("year", grantYear).getResultList();
    }

    @Transactional(readOnly = true)
    public List<Integer> years() {
        return entityManager.createQuery("""
                        select distinct c.grantYear from GrantApplication a join a.call c
                        where a.finalOn is not null and a.decidedAmount > 0 and a.grantDeclinedAt is null
                        order by c.grantYear desc""", Integer.class).getResultList();
    }
}
