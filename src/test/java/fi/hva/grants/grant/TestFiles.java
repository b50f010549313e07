package fi.hva.grants.grant;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small but real files of the accepted types, and impostors, built in memory for tests. */
public final class TestFiles {

    private TestFiles() {
    }

    /** A one-page PDF with its cross-reference table, as a PDF writer makes it. */
    public static byte[] pdf() {
        return pdf("", 0);
    }

    /** A valid PDF of about the given size: the rest is comment lines, which every PDF reader skips. */
    public static byte[] pdfOfSize(int bytes) {
        return pdf("", Math.max(0, bytes - pdf().length));
    }

    /** A valid PDF that a browser also renders as a page running a script (a PDF/HTML polyglot). */
    public static byte[] pdfHtmlPolyglot() {
        return pdf("%<html><body><script>fetch('/api/applicant/me')</script></body></html>\n", 0);
    }

    /** Starts as a PDF, but has no document structure after the header. */
    public static byte[] brokenPdf() {
        return "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R\nstream\nkatkennut tiedosto".getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] pdf(String afterHeader, int padding) {
        String content = "BT /F1 12 Tf 72 770 Td (Talousarvio 2027) Tj ET";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n").append(afterHeader);
        String line = "%" + "x".repeat(98) + "\n";
        for (int written = 0; written < padding; written += line.length()) {
            pdf.append(line);
        }
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] docx() {
        return zip(null, docxEntries());
    }

    /**
     * A Word document with one more part of 500 MB of zeros, packed to half a megabyte: a zip bomb that
     * Office and any reader that unpacks it would inflate.
     */
    public static byte[] zipBombDocx() {
        HandMadeZip zip = new HandMadeZip();
        docxEntries().forEach((name, text) -> zip.stored(name, text.getBytes(StandardCharsets.UTF_8)));
        zip.deflatedZeros("word/media/image1.png", 500);
        return zip.finish();
    }

    /** A zip whose first entry is a Word document's [Content_Types].xml, and nothing of a Word document after it. */
    public static byte[] contentTypesOnlyZip() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", docxEntries().get("[Content_Types].xml"));
        entries.put("ohjelma.js", "alert(1)");
        return zip(null, entries);
    }

    /** A Word document's package whose relationship points to a main part that is not there. */
    public static byte[] docxWithoutDocumentPart() {
        Map<String, String> entries = docxEntries();
        entries.remove("word/document.xml");
        entries.put("word/other.xml", "<?xml version=\"1.0\"?><x/>");
        return zip(null, entries);
    }

    /** A Word document whose main part is not WordprocessingML, though its content type says so. */
    public static byte[] docxWithForeignDocumentPart() {
        Map<String, String> entries = docxEntries();
        entries.put("word/document.xml", "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><p>Hei</p></html>");
        return zip(null, entries);
    }

    /** A Word document with a broken XML part. */
    public static byte[] docxWithBrokenXml() {
        Map<String, String> entries = docxEntries();
        entries.put("word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                + "wordprocessingml/2006/main\"><w:body>");
        return zip(null, entries);
    }

    /** A macro-enabled Word document (DOCM), which is not among the accepted types. */
    public static byte[] docm() {
        Map<String, String> entries = docxEntries();
        entries.put("[Content_Types].xml", contentTypes("word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml"));
        return zip(null, entries);
    }

    /** A Word document with the given number of entries in all. */
    public static byte[] docxOfEntries(int count) {
        Map<String, String> entries = docxEntries();
        for (int i = entries.size(); i < count; i++) {
            entries.put("customXml/item" + i + ".bin", "");
        }
        return zip(null, entries);
    }

    private static Map<String, String> docxEntries() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", contentTypes("word/document.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"));
        entries.put("_rels/.rels", rels("word/document.xml"));
        entries.put("word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Talousarvio</w:t></w:r></w:p></w:body></w:document>");
        return entries;
    }

    public static byte[] xlsx() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", contentTypes("xl/workbook.xml",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"));
        entries.put("_rels/.rels", rels("xl/workbook.xml"));
        entries.put("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\"><sheets/></workbook>");
        return zip(null, entries);
    }

    public static byte[] odt() {
        return zip("application/vnd.oasis.opendocument.text", odtEntries());
    }

    /** An OpenDocument text with its mimetype and manifest, but no content. */
    public static byte[] odtWithoutContent() {
        Map<String, String> entries = odtEntries();
        entries.remove("content.xml");
        return zip("application/vnd.oasis.opendocument.text", entries);
    }

    private static Map<String, String> odtEntries() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("META-INF/manifest.xml", "<?xml version=\"1.0\"?><manifest:manifest xmlns:manifest="
                + "\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>");
        entries.put("content.xml", "<?xml version=\"1.0\"?><office:document-content xmlns:office="
                + "\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>");
        return entries;
    }

    public static byte[] plainZip() {
        return zip(null, Map.of("budget.txt", "1000 euroa"));
    }

    public static byte[] text() {
        return "Tämä ei ole PDF vaan tekstiä.".getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] executable() {
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        return exe;
    }

    private static String contentTypes(String part, String type) {
        return "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/" + part + "\" ContentType=\"" + type + "\"/></Types>";
    }

    private static String rels(String part) {
        return "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                + "officeDocument\" Target=\"" + part + "\"/></Relationships>";
    }

    /** An OpenDocument file starts with its uncompressed mimetype entry, which is what identifies it. */
    private static byte[] zip(String odfMimetype, Map<String, String> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            if (odfMimetype != null) {
                byte[] mimetype = odfMimetype.getBytes(StandardCharsets.US_ASCII);
                ZipEntry entry = new ZipEntry("mimetype");
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(mimetype.length);
                CRC32 crc = new CRC32();
                crc.update(mimetype);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(mimetype);
                zip.closeEntry();
            }
            for (Map.Entry<String, String> file : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A PDF whose cross-reference stream inflates to the given megabytes of zeros: PDFBox decodes it in memory while
     * it parses the file.
     */
    public static byte[] pdfWithInflatingXrefStream(int megabytes) {
        ByteArrayOutputStream zlib = new ByteArrayOutputStream();
        zlib.write(0x78);
        zlib.write(0x9c);
        zlib.writeBytes(deflatedZeros(megabytes));
        Adler32 adler = new Adler32();
        byte[] megabyte = new byte[1024 * 1024];
        for (int i = 0; i < megabytes; i++) {
            adler.update(megabyte);
        }
        zlib.writeBytes(ByteBuffer.allocate(4).putInt((int) adler.getValue()).array());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.writeBytes(("%PDF-1.5\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n").getBytes(StandardCharsets.US_ASCII));
        int xref = pdf.size();
        pdf.writeBytes(("4 0 obj << /Type /XRef /Size 5 /W [1 2 2] /Root 1 0 R /Filter /FlateDecode /Length " + zlib.size()
                + " >>\nstream\n").getBytes(StandardCharsets.US_ASCII));
        pdf.writeBytes(zlib.toByteArray());
        pdf.writeBytes(("\nendstream\nendobj\nstartxref\n" + xref + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
        return pdf.toByteArray();
    }

    /**
     * Raw deflate data of the given megabytes of zeros, made without compressing them all: one deflated megabyte,
     * ended by a full flush that makes it stand alone, is repeated, and an empty final block ends the data.
     */
    private static byte[] deflatedZeros(int megabytes) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(new byte[1024 * 1024]);
        byte[] block = deflate(deflater, Deflater.FULL_FLUSH);
        deflater.finish();
        byte[] end = deflate(deflater, Deflater.NO_FLUSH);
        deflater.end();
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (int i = 0; i < megabytes; i++) {
            data.writeBytes(block);
        }
        data.writeBytes(end);
        return data.toByteArray();
    }

    private static byte[] deflate(Deflater deflater, int flush) {
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, flush);
            deflated.write(buffer, 0, n);
        } while (n > 0);
        return deflated.toByteArray();
    }

    /** Writes a zip by hand, so that a bomb's 500 MB need not be compressed in the test ({@link #deflatedZeros}). */
    private static final class HandMadeZip {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream directory = new ByteArrayOutputStream();
        private int entries;

        void stored(String name, byte[] data) {
            CRC32 crc = new CRC32();
            crc.update(data);
            entry(name, 0, crc.getValue(), data, data.length);
        }

        void deflatedZeros(String name, int megabytes) {
            CRC32 crc = new CRC32();
            byte[] megabyte = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                crc.update(megabyte);
            }
            entry(name, 8, crc.getValue(), TestFiles.deflatedZeros(megabytes), (long) megabytes * megabyte.length);
        }

        byte[] finish() {
            int directoryOffset = out.size();
            out.writeBytes(directory.toByteArray());
            out.writeBytes(ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN).putInt(0x06054b50).putShort((short) 0)
                    .putShort((short) 0).putShort((short) entries).putShort((short) entries).putInt(directory.size())
                    .putInt(directoryOffset).putShort((short) 0).array());
            return out.toByteArray();
        }

        private void entry(String name, int method, long crc, byte[] data, long size) {
            byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
            int offset = out.size();
            out.writeBytes(ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN).putInt(0x04034b50).putShort((short) 20)
                    .putShort((short) 0).putShort((short) method).putShort((short) 0).putShort((short) 0x21).putInt((int) crc)
                    .putInt(data.length).putInt((int) size).putShort((short) nameBytes.length).putShort((short) 0).array());
            out.writeBytes(nameBytes);
            out.writeBytes(data);
            directory.writeBytes(ByteBuffer.allocate(46).order(ByteOrder.LITTLE_ENDIAN).putInt(0x02014b50).putShort((short) 20)
                    .putShort((short) 20).putShort((short) 0).putShort((short) method).putShort((short) 0).putShort((short) 0x21)
                    .putInt((int) crc).putInt(data.length).putInt((int) size).putShort((short) nameBytes.length)
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt(offset).array());
            directory.writeBytes(nameBytes);
            entries++;
        }
    }
}
