package fi.hva.grants.grant;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApplicationAttachmentRepository extends JpaRepository<ApplicationAttachment, Long> {

    List<AttachmentInfo> findInfoByApplicationIdOrderById(Long applicationId);

    long countByApplicationId(Long applicationId);
}
