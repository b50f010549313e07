package fi.hva.grants.partnership.negotiated;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CountyBudgetRepository extends JpaRepository<CountyBudget, Integer> {
}
