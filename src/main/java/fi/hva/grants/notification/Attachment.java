package fi.hva.grants.notification;

import java.util.Objects;

/** A file attached to a mail, such as a decision letter as PDF. */
public record Attachment(String fileName, String contentType, byte[] content) {

    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }
}
