package fi.hva.grants.grant;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * A PDF must start as a PDF and parse as one with Apache PDFBox: cross-reference table, trailer, catalog and a
 * page tree with at least one page. PDFBox's scratch memory for the parse is capped. Content streams are not
 * decoded: nothing here renders the file, and decoding is where a PDF's own compression bomb would go off.
 */
final class PdfContent {

    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private PdfContent() {
    }

    static void check(byte[] content, long maxScratchBytes) throws ContentRefused {
        if (content.length < HEADER.length || !Arrays.equals(content, 0, HEADER.length, HEADER, 0, HEADER.length)) {
            throw new ContentRefused("attachment.pdf.invalid");
        }
        try (PDDocument document = Loader.loadPDF(content, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(maxScratchBytes).streamCache)) {
            if (document.getNumberOfPages() < 1) {
                throw new ContentRefused("attachment.pdf.invalid");
            }
            for (PDPage page : document.getPages()) {
                page.getMediaBox();
            }
        } catch (InvalidPasswordException e) {
            throw new ContentRefused("attachment.pdf.encrypted");
        } catch (IOException | RuntimeException e) {
            // PDFBox reports some malformed structures (a dictionary where a number belongs) as runtime exceptions.
            throw new ContentRefused("attachment.pdf.invalid");
        }
    }
}
