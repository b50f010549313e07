package fi.hva.grants.grant;

import java.nio.charset.StandardCharsets;
import javax.xml.namespace.QName;

/**
 * An OpenDocument text (ODT) as LibreOffice opens it: the first entry is the uncompressed {@code mimetype} of a
 * text document, and the manifest and the content are there with their ODF root elements. An encrypted document's
 * content is not XML and is refused, as officers could not open it.
 */
final class OpenDocumentText {

    static final String MIMETYPE = "mimetype";
    static final String MANIFEST = "META-INF/manifest.xml";
    static final String INVALID = "attachment.odt.invalid";

    private static final QName MANIFEST_ROOT = new QName("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0", "manifest");
    private static final QName CONTENT_ROOT = new QName("urn:oasis:names:tc:opendocument:xmlns:office:1.0", "document-content");

    private OpenDocumentText() {
    }

    static void check(ZipContainer zip) throws ContentRefused {
        ZipContainer.Part first = zip.first().orElseThrow(() -> new ContentRefused(INVALID));
        boolean mimetypeFirst = MIMETYPE.equals(first.name()) && first.stored() && first.content() != null
                && AttachmentTypes.ODT.equals(new String(first.content(), StandardCharsets.US_ASCII));
        if (!mimetypeFirst || !hasRoot(zip, MANIFEST, MANIFEST_ROOT) || !hasRoot(zip, "content.xml", CONTENT_ROOT)) {
            throw new ContentRefused(INVALID);
        }
    }

    private static boolean hasRoot(ZipContainer zip, String name, QName root) {
        return zip.part(name).map(part -> root.equals(part.root())).orElse(false);
    }
}
