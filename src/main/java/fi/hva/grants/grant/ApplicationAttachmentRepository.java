package fi.hva.grants.grant;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ApplicationAttachmentRepository extends JpaRepository<ApplicationAttachment, Long> {

    List<AttachmentInfo> findInfoByApplicationIdOrderById(Long applicationId);

    long countByApplicationId(Long applicationId);

    @Query("select coalesce(sum(a.sizeBytes), 0) from ApplicationAttachment a where a.applicationId = :applicationId")
    long totalSizeByApplicationId(Long applicationId);

    /** Holds the application's row until the transaction ends, so two uploads cannot both fit in the last room. */
    @Query(value = "select id from grant_application where id = :applicationId for update", nativeQuery = true)
    Long lockApplication(Long applicationId);
}
