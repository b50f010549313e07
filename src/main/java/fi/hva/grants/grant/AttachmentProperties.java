package fi.hva.grants.grant;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of application attachments.
 *
 * @param maxSize the largest file accepted, default 10 MB (keep {@code spring.servlet.multipart.max-file-size} above it)
 * @param maxPerApplication how many files one application may have, default 20
 * @param maxTotalSize the files of one application together, default 50 MB
 * @param maxUnpackedSize how much a DOCX, XLSX or ODT file (a zip container) may hold unpacked, default 100 MB:
 *        a zip bomb of a few hundred kilobytes would otherwise unpack to gigabytes
 * @param maxEntries how many parts a DOCX, XLSX or ODT file may hold, default 1000
 * @param uploadsPerSessionPerHour upload attempts of one signed-in session in an hour, refused ones included, default 30
 * @param uploadsPerApplicationPerHour upload attempts to one application in an hour, from all its sessions, default 20
 */
@ConfigurationProperties(prefix = "grants.attachments")
public record AttachmentProperties(
        @DefaultValue("10MB") DataSize maxSize,
        @DefaultValue("20") int maxPerApplication,
        @DefaultValue("50MB") DataSize maxTotalSize,
        @DefaultValue("100MB") DataSize maxUnpackedSize,
        @DefaultValue("1000") int maxEntries,
        @DefaultValue("30") int uploadsPerSessionPerHour,
        @DefaultValue("20") int uploadsPerApplicationPerHour) {
}
