package fi.hva.grants.decision.letter;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import fi.hva.grants.document.HtmlPdf;
import fi.hva.grants.grant.DecisionOutcome;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Profiles;

/**
 * Every document the county sends is checked by veraPDF against PDF/UA-1 (accessible, tagged) and
 * PDF/A-2u (archivable): a letter that fails either cannot be archived in the county's records system
 * or read aloud to an applicant who uses a screen reader.
 */
class LetterConformanceTest {

    private static final ResourceBundleMessageSource MESSAGES = bundle();
    private static final HtmlPdf HTML_PDF = new HtmlPdf(MESSAGES);
    private static final DecisionLetterRenderer RENDERER = new DecisionLetterRenderer(MESSAGES, HTML_PDF);

    private static final String JAXB_FACTORY = "javax.xml.bind.JAXBContextFactory";
    private static String jaxbFactoryBefore;

    /**
     * veraPDF reads its profiles with javax.xml.bind, and the JAXB implementation on the classpath (Camunda's) is
     * the Jakarta one (pom.xml), so MOXy is chosen while veraPDF loads its profiles, once per JVM.
     */
    @BeforeAll
    static void veraPdf() {
        jaxbFactoryBefore = System.getProperty(JAXB_FACTORY);
        System.setProperty(JAXB_FACTORY, "org.eclipse.persistence.jaxb.JAXBContextFactory");
        VeraGreenfieldFoundryProvider.initialise();
        Profiles.getVeraProfileDirectory();
    }

    @AfterAll
    static void restoreJaxb() {
        if (jaxbFactoryBefore == null) {
            System.clearProperty(JAXB_FACTORY);
        } else {
            System.setProperty(JAXB_FACTORY, jaxbFactoryBefore);
        }
    }

    static Stream<Arguments> documents() {
        RecoveryDecision recovery = new RecoveryDecision(new BigDecimal("2000"), LocalDate.of(2027, 9, 30),
                "Avustusta jäi käyttämättä 2 000 euroa.", "§ 50", LocalDate.of(2027, 8, 20));
        RecoveryDecision waived = new RecoveryDecision(BigDecimal.ZERO, null,
                "Oikaisuvaatimuksen selvitys osoitti varat käytetyiksi.", "§ 61", LocalDate.of(2027, 10, 20));
        return Stream.of(
                Arguments.of("myönteinen päätös", letter(LetterKind.DECISION, DecisionOutcome.GRANTED, "12000", null)),
                Arguments.of("osittain myönteinen päätös", letter(LetterKind.DECISION, DecisionOutcome.PARTLY_GRANTED, "7500", null)),
                Arguments.of("kielteinen päätös", letter(LetterKind.DECISION, DecisionOutcome.DECLINED, "0", null)),
                Arguments.of("päätös oikaisuvaatimukseen", letter(LetterKind.RECTIFICATION_DECISION, DecisionOutcome.PARTLY_GRANTED, "9000", null)),
                Arguments.of("takaisinperintäpäätös", letter(LetterKind.RECOVERY_DECISION, DecisionOutcome.GRANTED, "12000", recovery)),
                Arguments.of("takaisinperinnän oikaisu", letter(LetterKind.RECOVERY_RECTIFICATION_DECISION, DecisionOutcome.GRANTED, "12000", waived)),
                Arguments.of("kumppanuussopimusluonnos", partnershipAgreement()));
    }

    @ParameterizedTest(name = "{0} on PDF/UA-1")
    @MethodSource("documents")
    void isAccessible(String document, byte[] pdf) throws Exception {
        assertThat(failures(pdf, PDFAFlavour.PDFUA_1)).as(document).isEmpty();
    }

    @ParameterizedTest(name = "{0} on PDF/A-2u")
    @MethodSource("documents")
    void isArchivable(String document, byte[] pdf) throws Exception {
        assertThat(failures(pdf, PDFAFlavour.PDFA_2_U)).as(document).isEmpty();
    }

    /** Guards the check itself: a plain PDF, untagged and with standard fonts, must fail both profiles. */
    @Test
    void aPlainPdfFailsBothChecks() throws Exception {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.withHtmlContent("<html><head><title>Kirje</title></head><body><p>Päätös</p></body></html>", null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        builder.toStream(out);
        builder.run();

        assertThat(failures(out.toByteArray(), PDFAFlavour.PDFUA_1)).isNotEmpty();
        assertThat(failures(out.toByteArray(), PDFAFlavour.PDFA_2_U)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0} names its title, subject and language")
    @MethodSource("documents")
    void carriesItsMetadata(String document, byte[] pdf) throws Exception {
        try (PDDocument loaded = Loader.loadPDF(pdf)) {
            assertThat(loaded.getDocumentInformation().getTitle()).as(document).isNotBlank();
            assertThat(loaded.getDocumentInformation().getSubject()).as(document).contains("ry, Kainuun hyvinvointialue");
            assertThat(loaded.getDocumentCatalog().getLanguage()).as(document).isEqualTo("fi");
        }
    }

    /** The failed rules by clause and test number with veraPDF's description, so a failing test says what to fix. */
    private static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + " " + assertion.getMessage())
                    .distinct()
                    .toList();
            assertThat(result.isCompliant()).as("%s compliant, failures %s", flavour, failed).isEqualTo(failed.isEmpty());
            return failed;
        }
    }

    private static byte[] letter(LetterKind kind, DecisionOutcome outcome, String decided, RecoveryDecision recovery) {
        return RENDERER.render(DecisionLetterRendererTest.content(kind, outcome, decided, recovery));
    }

    private static byte[] partnershipAgreement() {
        return HTML_PDF.render("partnership-agreement", Map.ofEntries(
                Map.entry("regionName", "Kainuun hyvinvointialue"),
                Map.entry("decisionBody", "Aluehallitus"),
                Map.entry("partnershipNumber", "KA-2026-0003"),
                Map.entry("associationName", "Kajaanin Mielenterveysyhdistys ry"),
                Map.entry("businessId", "0201256-6"),
                Map.entry("projectName", "Yhdessä arkeen"),
                Map.entry("projectDescription", "Vertaistukea mielenterveyskuntoutujille koko Kainuussa."),
                Map.entry("funder", "STEA"),
                Map.entry("firstYear", "2026"),
                Map.entry("lastYear", "2028"),
                Map.entry("yearlyMaximum", "20 000,00 €"),
                Map.entry("iban", "FI21 1234 5600 0007 85"),
                Map.entry("fundingReference", "STEA-2026-123"),
                Map.entry("draftDate", "11.2.2026")));
    }

    private static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/letters", "i18n/partnership-grants");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
