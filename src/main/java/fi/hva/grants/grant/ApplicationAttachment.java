package fi.hva.grants.grant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * A file an association sent with its application. Kept in our own table, so every node on the
 * database serves it and it is archived with the application.
 */
@Entity
public class ApplicationAttachment implements AttachmentInfo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long applicationId;

    @Enumerated(EnumType.STRING)
    private AttachmentKind kind;

    private String fileName;
    private String contentType;
    private long sizeBytes;

    private byte[] content;

    private Instant uploadedAt;

    protected ApplicationAttachment() {
    }

    public ApplicationAttachment(Long applicationId, AttachmentKind kind, String fileName, String contentType,
                                 byte[] content, Instant uploadedAt) {
        this.applicationId = applicationId;
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
        this.uploadedAt = uploadedAt;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public Long getApplicationId() {
        return applicationId;
    }

    @Override
    public AttachmentKind getKind() {
        return kind;
    }

    @Override
    public String getFileName() {
        return fileName;
    }

    @Override
    public String getContentType() {
        return contentType;
    }

    @Override
    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }

    @Override
    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
