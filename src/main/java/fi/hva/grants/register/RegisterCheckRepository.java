package fi.hva.grants.register;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RegisterCheckRepository extends JpaRepository<RegisterCheck, Long> {
}
