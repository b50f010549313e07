package fi.hva.grants.partnership;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CountyBudgetRepository extends JpaRepository<CountyBudget, Integer> {
}
