package fi.hva.grants.grant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttachmentTypesTest {

    private final AttachmentTypes types = new AttachmentTypes();

    @Test
    void acceptedTypesAreKnownByTheirContent() {
        assertThat(types.detect(TestFiles.pdf(), "talousarvio.pdf")).contains(AttachmentTypes.PDF);
        assertThat(types.detect(TestFiles.pdf(), "nimeton")).contains(AttachmentTypes.PDF);
        assertThat(types.detect(TestFiles.odt(), "suunnitelma.odt")).contains(AttachmentTypes.ODT);
        assertThat(types.detect(TestFiles.odt(), "suunnitelma.pdf")).contains(AttachmentTypes.ODT);
        assertThat(types.detect(TestFiles.docx(), "vuosikertomus.docx")).contains(AttachmentTypes.DOCX);
        assertThat(types.detect(TestFiles.xlsx(), "tilinpaatos.xlsx")).contains(AttachmentTypes.XLSX);
    }

    @Test
    void aNameDoesNotMakeAFileAcceptable() {
        assertThat(types.detect(TestFiles.text(), "talousarvio.pdf")).isEmpty();
        assertThat(types.detect(TestFiles.executable(), "talousarvio.pdf")).isEmpty();
        assertThat(types.detect(TestFiles.plainZip(), "talousarvio.docx")).isEmpty();
        assertThat(types.detect(TestFiles.pdf(), "talousarvio.exe")).contains(AttachmentTypes.PDF);
        assertThat(types.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, "kuva.pdf")).isEmpty();
    }
}
