package fi.hva.grants.payment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PaymentRepository extends JpaRepository<Payment, Long> {

    List<Payment> findByCaseNumberOrderByInstalment(String caseNumber);

    List<Payment> findByStatusOrderById(Payment.Status status);

    List<Payment> findByBatchIdOrderById(Long batchId);

    @Query("select p.id from Payment p where p.batchId = :batchId order by p.id")
    List<Long> findIdsByBatchId(Long batchId);

    List<Payment> findByCaseNumberAndStatusIn(String caseNumber, Collection<Payment.Status> statuses);
}
