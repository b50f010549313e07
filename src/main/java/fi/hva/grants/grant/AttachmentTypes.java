package fi.hva.grants.grant;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Tells an attachment's type from its content (Apache Tika's magic bytes), not from its name: a
 * program renamed to budget.pdf is refused. Office Open XML files share the zip signature; their
 * content says only "OOXML", so for them the name picks docx or xlsx.
 */
@Component
public class AttachmentTypes {

    static final String PDF = "application/pdf";
    static final String ODT = "application/vnd.oasis.opendocument.text";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String OOXML = "application/x-tika-ooxml";

    private static final Map<String, String> EXTENSIONS = Map.of(PDF, ".pdf", ODT, ".odt", DOCX, ".docx", XLSX, ".xlsx");

    private final Tika tika = new Tika();

    /** The accepted type of the content, or empty when it is not a PDF, ODT, DOCX or XLSX file. */
    public Optional<String> detect(byte[] content, String fileName) {
        String byContent = tikaType(content, null);
        if (EXTENSIONS.containsKey(byContent)) {
            return Optional.of(byContent);
        }
        if (!OOXML.equals(byContent) || fileName == null) {
            return Optional.empty();
        }
        String byContentAndName = tikaType(content, fileName);
        return DOCX.equals(byContentAndName) || XLSX.equals(byContentAndName) ? Optional.of(byContentAndName) : Optional.empty();
    }

    /** The file name's extension as the type has it, so a saved file opens in the right program. */
    public static String extension(String contentType) {
        return EXTENSIONS.getOrDefault(contentType, "");
    }

    private String tikaType(byte[] content, String fileName) {
        try {
            return tika.detect(new ByteArrayInputStream(content), fileName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
