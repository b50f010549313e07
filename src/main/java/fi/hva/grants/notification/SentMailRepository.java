package fi.hva.grants.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SentMailRepository extends JpaRepository<SentMail, Long> {

    List<SentMail> findByApplicationIdOrderBySentAt(Long applicationId);
}
