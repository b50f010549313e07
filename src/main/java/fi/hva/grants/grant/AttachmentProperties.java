package fi.hva.grants.grant;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of application attachments.
 *
 * @param maxSize the largest file accepted, default 10 MB (keep {@code spring.servlet.multipart.max-file-size} above it)
 * @param maxPerApplication how many files one application may have, default 20
 */
@ConfigurationProperties(prefix = "grants.attachments")
public record AttachmentProperties(
        @DefaultValue("10MB") DataSize maxSize,
        @DefaultValue("20") int maxPerApplication) {
}
