package fi.hva.grants.grant;

import java.time.Instant;

/** An attachment without its content, for lists: only these columns are read. */
public interface AttachmentInfo {

    Long getId();

    Long getApplicationId();

    AttachmentKind getKind();

    String getFileName();

    String getContentType();

    long getSizeBytes();

    Instant getUploadedAt();
}
