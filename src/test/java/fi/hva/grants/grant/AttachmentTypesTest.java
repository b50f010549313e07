package fi.hva.grants.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class AttachmentTypesTest {

    static final AttachmentProperties LIMITS = new AttachmentProperties(DataSize.ofMegabytes(10), 20, DataSize.ofMegabytes(50),
            DataSize.ofMegabytes(100), 1000, 30, 20);

    private final AttachmentTypes types = new AttachmentTypes(LIMITS);

    @Test
    void acceptedTypesAreKnownByTheirContent() {
        assertThat(types.detect(TestFiles.pdf()).type()).contains(AttachmentTypes.PDF);
        assertThat(types.detect(TestFiles.pdfOfSize(9_900_000)).type()).contains(AttachmentTypes.PDF);
        assertThat(types.detect(TestFiles.odt()).type()).contains(AttachmentTypes.ODT);
        assertThat(types.detect(TestFiles.docx()).type()).contains(AttachmentTypes.DOCX);
        assertThat(types.detect(TestFiles.xlsx()).type()).contains(AttachmentTypes.XLSX);
        assertThat(types.detect(TestFiles.docxOfEntries(1000)).type()).contains(AttachmentTypes.DOCX);
    }

    @Test
    void filesWrittenByRealWritersAreAccepted() throws IOException {
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        Workbook excel = new Workbook(workbook, "jarjestoavustukset", "1.0");
        excel.newWorksheet("Talousarvio").value(0, 0, "Vuokrat");
        excel.finish();
        assertThat(types.detect(workbook.toByteArray()).type()).as("fastexcel").contains(AttachmentTypes.XLSX);

        try (PDDocument document = new PDDocument(); ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.showText("Talousarvio 2027");
                text.endText();
            }
            document.save(pdf);
            assertThat(types.detect(pdf.toByteArray()).type()).as("PDFBox, with compressed object streams").contains(AttachmentTypes.PDF);
        }
    }

    @Test
    void aNameDoesNotMakeAFileAcceptable() {
        assertThat(types.detect(TestFiles.text()).type()).isEmpty();
        assertThat(types.detect(TestFiles.executable()).type()).isEmpty();
        assertThat(types.detect(TestFiles.plainZip()).type()).isEmpty();
        assertThat(types.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}).type()).isEmpty();
        assertThat(refusal(TestFiles.text())).isEqualTo("attachment.type.refused");
    }

    @Test
    void aZipBombIsRefusedAtTheUnpackedCap() {
        byte[] bomb = TestFiles.zipBombDocx();
        assertThat(bomb.length).as("a small file").isLessThan(1024 * 1024);

        long started = System.nanoTime();
        AttachmentTypes.Detection detection = types.detect(bomb);

        assertThat(detection.type()).isEmpty();
        assertThat(detection.refusal()).isEqualTo("attachment.archive.tooLarge");
        assertThat(detection.arguments()).containsExactly(100L);
        assertThat(System.nanoTime() - started).as("stops at the cap, does not unpack 500 MB").isLessThan(5_000_000_000L);
    }

    @Test
    void theNumberOfPartsInAZipIsCapped() {
        AttachmentTypes.Detection detection = types.detect(TestFiles.docxOfEntries(1001));

        assertThat(detection.type()).isEmpty();
        assertThat(detection.refusal()).isEqualTo("attachment.archive.tooManyEntries");
    }

    @Test
    void aWordDocumentMustHaveItsDocumentPart() {
        assertThat(refusal(TestFiles.contentTypesOnlyZip())).isEqualTo("attachment.office.invalid");
        assertThat(refusal(TestFiles.docxWithoutDocumentPart())).isEqualTo("attachment.office.invalid");
        assertThat(refusal(TestFiles.docxWithForeignDocumentPart())).isEqualTo("attachment.office.invalid");
        assertThat(refusal(TestFiles.docxWithBrokenXml())).isEqualTo("attachment.office.invalid");
        assertThat(refusal(TestFiles.docm())).isEqualTo("attachment.type.refused");
    }

    @Test
    void theContentNotTheNameTellsWordFromExcel() {
        assertThat(types.detect(TestFiles.xlsx()).type()).contains(AttachmentTypes.XLSX);
        assertThat(types.detect(TestFiles.docx()).type()).contains(AttachmentTypes.DOCX);
    }

    @Test
    void anOpenDocumentTextMustHaveItsContent() {
        assertThat(refusal(TestFiles.odtWithoutContent())).isEqualTo("attachment.odt.invalid");
    }

    @Test
    void aPdfMustParseAsAPdfAndHoldNoHtml() throws IOException {
        assertThat(refusal(TestFiles.brokenPdf())).isEqualTo("attachment.pdf.invalid");
        assertThat(refusal(TestFiles.pdfHtmlPolyglot())).isEqualTo("attachment.html");
        assertThat(refusal(encryptedPdf())).isEqualTo("attachment.pdf.encrypted");
        assertThat(refusal(TestFiles.pdfWithInflatingXrefStream(200))).as("200 MB in a 200 KB file").isEqualTo("attachment.archive.tooLarge");
        byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>%PDF-1.4".getBytes();
        assertThat(types.detect(html).type()).isEmpty();
    }

    private String refusal(byte[] content) {
        AttachmentTypes.Detection detection = types.detect(content);
        assertThat(detection.type()).isEmpty();
        return detection.refusal();
    }

    private static byte[] encryptedPdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("omistaja", "salasana", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        }
    }
}
