package fi.hva.grants.grant;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * A PDF must start as a PDF and parse as one with Apache PDFBox: cross-reference table, trailer, catalog and a
 * page tree with at least one page. Content streams are not decoded, as nothing here renders the file. PDFBox does
 * decode cross-reference and object streams while it parses, wholly in memory and without a limit (a 200 KB PDF
 * whose cross-reference stream inflates to 200 MB took 220 MB of heap), so every Flate-compressed stream is first
 * inflated here, only counting, and the file is refused when they hold more than the unpacked cap together.
 */
final class PdfContent {

    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);

    private PdfContent() {
    }

    static void check(byte[] content, long maxUnpacked) throws ContentRefused {
        if (content.length < HEADER.length || !Arrays.equals(content, 0, HEADER.length, HEADER, 0, HEADER.length)) {
            throw new ContentRefused("attachment.pdf.invalid");
        }
        if (inflatedStreams(content, maxUnpacked) > maxUnpacked) {
            throw new ContentRefused("attachment.archive.tooLarge", maxUnpacked / (1024 * 1024));
        }
        try (PDDocument document = Loader.loadPDF(content, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(maxUnpacked).streamCache)) {
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

    /**
     * What the zlib data after each {@code stream} keyword inflates to, together, counted up to just past the cap.
     * The keyword cannot be written any other way in PDF syntax, so no stream is missed; data that is not zlib stops
     * the inflater at once.
     */
    static long inflatedStreams(byte[] content, long cap) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        for (int at = indexOf(content, STREAM, 0); at >= 0 && total <= cap; at = indexOf(content, STREAM, at + STREAM.length)) {
            int start = at + STREAM.length;
            if (start < content.length && content[start] == '\r') {
                start++;
            }
            if (start >= content.length || content[start] != '\n') {
                continue;
            }
            Inflater inflater = new Inflater();
            try {
                inflater.setInput(content, start + 1, content.length - start - 1);
                while (!inflater.finished() && total <= cap) {
                    int n = inflater.inflate(buffer);
                    if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                        break;
                    }
                    total += n;
                }
            } catch (DataFormatException notZlib) {
                // Not zlib at its start: raw data, or another encoding (which this count does not see through).
            } finally {
                inflater.end();
            }
        }
        return total;
    }

    private static int indexOf(byte[] content, byte[] word, int from) {
        outer:
        for (int at = from; at <= content.length - word.length; at++) {
            for (int i = 0; i < word.length; i++) {
                if (content[at + i] != word[i]) {
                    continue outer;
                }
            }
            return at;
        }
        return -1;
    }
}
