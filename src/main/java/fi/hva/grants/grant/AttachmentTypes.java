package fi.hva.grants.grant;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Tells an attachment's type from its content, never from its name, and accepts it only when it parses as that
 * type. Apache Tika's magic bytes tell the family: PDF, OpenDocument text, or a zip container. Then each family's
 * own parser reads the whole file with limits: PDFBox for a PDF; for DOCX, XLSX and ODT the zip entries, counted
 * and unpacked up to a cap, with every XML part parsed and the package's own structure checked
 * ({@link OfficeOpenXml}, {@link OpenDocumentText}). A file with HTML tags in it is refused whatever else it is.
 */
@Component
class AttachmentTypes {

    static final String PDF = "application/pdf";
    static final String ODT = "application/vnd.oasis.opendocument.text";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Set<String> ZIP = Set.of("application/zip", "application/x-tika-ooxml");

    private static final Map<String, String> EXTENSIONS = Map.of(PDF, ".pdf", ODT, ".odt", DOCX, ".docx", XLSX, ".xlsx");

    private final Tika tika = new Tika();
    private final AttachmentProperties limits;

    AttachmentTypes(AttachmentProperties limits) {
        this.limits = limits;
    }

    /** The accepted type of the content, or why it is refused. */
    public Detection detect(byte[] content) {
        String family = tika.detect(content);
        try {
            if (!PDF.equals(family) && !ODT.equals(family) && !ZIP.contains(family)) {
                throw new ContentRefused("attachment.type.refused");
            }
            if (HtmlMarkers.foundIn(content)) {
                throw new ContentRefused("attachment.html");
            }
            return Detection.accepted(parse(family, content));
        } catch (ContentRefused refused) {
            return new Detection(null, refused.messageKey(), refused.arguments());
        }
    }

    /** The file name's extension as the type has it, so a saved file opens in the right program. */
    public static String extension(String contentType) {
        return EXTENSIONS.getOrDefault(contentType, "");
    }

    private String parse(String family, byte[] content) throws ContentRefused {
        long maxUnpacked = limits.maxUnpackedSize().toBytes();
        if (PDF.equals(family)) {
            PdfContent.check(content, maxUnpacked);
            return PDF;
        }
        if (ODT.equals(family)) {
            OpenDocumentText.check(ZipContainer.read(content, Set.of(OpenDocumentText.MIMETYPE), maxUnpacked,
                    limits.maxEntries(), OpenDocumentText.INVALID));
            return ODT;
        }
        return OfficeOpenXml.typeOf(ZipContainer.read(content, Set.of(OfficeOpenXml.CONTENT_TYPES, OfficeOpenXml.RELATIONSHIPS),
                maxUnpacked, limits.maxEntries(), OfficeOpenXml.INVALID));
    }

    /**
     * @param contentType the accepted type, or null
     * @param refusal the message (in {@code i18n/applicant.properties}) of why the content is refused, with its arguments
     */
    public record Detection(String contentType, String refusal, Object... arguments) {

        static Detection accepted(String contentType) {
            return new Detection(contentType, null);
        }

        public Optional<String> type() {
            return Optional.ofNullable(contentType);
        }
    }
}
