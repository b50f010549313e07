package fi.hva.grants.call;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface GrantCallRepository extends JpaRepository<GrantCall, Long> {

    Optional<GrantCall> findByCode(String code);

    boolean existsByCode(String code);

    /**
     * Serialises closing the call and the reviews' completion reports, so that the last of them
     * always sees the others and exactly one of them moves the call on.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from GrantCall c where c.id = :id")
    Optional<GrantCall> lockById(Long id);

    /**
     * The call's status as committed, read under the same lock the board decision takes: a late application
     * either is in the decision's list of applications or sees that the call was decided without it.
     */
    @Query(value = "select status from grant_call where id = :id for update", nativeQuery = true)
    String lockedStatus(Long id);
}
