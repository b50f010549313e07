package fi.hva.grants.association;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AssociationRepository extends JpaRepository<Association, Long> {

    Optional<Association> findByBusinessId(String businessId);

    default Optional<Association> find(BusinessId businessId) {
        return findByBusinessId(businessId.value());
    }
}
