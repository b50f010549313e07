package fi.hva.grants.decision.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hva.grants.document.HtmlPdf;
import fi.hva.grants.grant.DecisionOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.support.StaticMessageSource;

class DecisionLetterRendererTest {

    private final DecisionLetterRenderer renderer = new DecisionLetterRenderer(bundle(), new HtmlPdf(bundle()));

    @Test
    void grantedDecisionStatesAmountTermsAndRectificationInstructions() {
        String text = text(content(LetterKind.DECISION, DecisionOutcome.GRANTED, "12000"));

        assertThat(text)
                .contains("PÄÄTÖS")
                .contains("Hakemusnumero TA-2026-0042")
                .contains("Järjestöavustus 2026")
                .contains("Avustusta myönnetään 12 000,00 euroa haetun määrän mukaisesti.")
                .contains("Myönnetty avustus 12 000,00 euroa")
                .contains("Avustuksen käyttöaika päättyy 31.12.2026.")
                .contains("käyttöselvitys viimeistään 31.3.2027")
                .contains("valtionavustuslain (688/2001) 21 ja 22 §")
                .contains("OIKAISUVAATIMUSOHJE")
                .contains("14 päivän kuluessa päätöksen tiedoksisaannista")
                .contains("Tiedoksisaantipäivää ei lueta määräaikaan.")
                .contains("seitsemäntenä päivänä kirjeen lähettämisestä")
                .contains("kolmantena päivänä sähköisen viestin lähettämisestä")
                .contains("laissa hyvinvointialueesta (611/2021) 141 §:ssä ja hallintolaissa (434/2003)")
                .contains("ei saa hakea muutosta valittamalla suoraan hallinto-oikeuteen")
                .doesNotContain("PÄÄTÖS OIKAISUVAATIMUKSEEN")
                .doesNotContain("VALITUSOSOITUS")
                .doesNotContain("Itä-Suomen hallinto-oikeus");
    }

    @Test
    void partlyGrantedDecisionNamesBothAmounts() {
        String text = text(content(LetterKind.DECISION, DecisionOutcome.PARTLY_GRANTED, "7500"));

        assertThat(text)
                .contains("Avustusta myönnetään osittain 7 500,00 euroa haetusta 12 000,00 eurosta.")
                .contains("käyttöselvitys viimeistään 31.3.2027")
                .contains("14 päivän kuluessa");
    }

    @Test
    void declinedDecisionHasNoGrantTerms() {
        String text = text(content(LetterKind.DECISION, DecisionOutcome.DECLINED, "0"));

        assertThat(text)
                .contains("Avustushakemus hylätään.")
                .contains("Haettu avustus 12 000,00 euroa")
                .contains("14 päivän kuluessa")
                .doesNotContain("Myönnetty avustus")
                .doesNotContain("käyttöselvitys")
                .doesNotContain("31.3.2027")
                .doesNotContain("Takaisinperintä");
    }

    @Test
    void lateApplicationIsNotExamined() {
        String text = text(content(LetterKind.DECISION, DecisionOutcome.NOT_EXAMINED, null));

        assertThat(text)
                .contains("Avustushakemus jätetään tutkimatta, koska se saapui hakuajan päätyttyä.")
                .contains("14 päivän kuluessa")
                .doesNotContain("myönnetään")
                .doesNotContain("31.3.2027");
    }

    @Test
    void rectificationDecisionCarriesAppealInstructionsToTheNamedCourt() {
        String text = text(content(LetterKind.RECTIFICATION_DECISION, DecisionOutcome.PARTLY_GRANTED, "9000"));

        assertThat(text)
                .contains("PÄÄTÖS OIKAISUVAATIMUKSEEN")
                .contains("Aluehallitus on käsitellyt oikaisuvaatimuksen")
                .contains("Avustusta myönnetään osittain 9 000,00 euroa haetusta 12 000,00 eurosta.")
                .contains("VALITUSOSOITUS")
                .contains("Itä-Suomen hallinto-oikeus")
                .contains("30 päivän kuluessa päätöksen tiedoksisaannista")
                .contains("(808/2019)")
                .contains("oikeudenkäyntimaksun")
                .doesNotContain("OIKAISUVAATIMUSOHJE")
                .doesNotContain("14 päivän kuluessa");
    }

    @Test
    void recoveryDecisionStatesAmountDueDateReasoningAndRectificationInstructions() {
        RecoveryDecision recovery = new RecoveryDecision(new BigDecimal("2000"), LocalDate.of(2027, 9, 30),
                "Avustusta jäi käyttämättä 2 000 euroa.", "§ 50", LocalDate.of(2027, 8, 20));
        String text = text(content(LetterKind.RECOVERY_DECISION, DecisionOutcome.GRANTED, "12000", recovery));

        assertThat(text)
                .contains("PÄÄTÖS TAKAISINPERINNÄSTÄ")
                .contains("Järjestöavustuksen 2026 takaisinperintä")
                .contains("Takaisin perittävä määrä 2 000,00 euroa")
                .contains("Eräpäivä 30.9.2027")
                .contains("perii myöntämästään 12 000,00 euron avustuksesta takaisin 2 000,00 euroa")
                .contains("Avustusta jäi käyttämättä 2 000 euroa.")
                .contains("Pöytäkirjan pykälä § 50")
                .contains("Päätöspäivä 20.8.2027")
                .contains("OIKAISUVAATIMUSOHJE")
                .contains("14 päivän kuluessa päätöksen tiedoksisaannista")
                .doesNotContain("Avustuksen käyttöehdot")
                .doesNotContain("Avustuksen käyttöaika")
                .doesNotContain("Toiminta edistää")
                .doesNotContain("§ 42");
        assertThat(renderer.fileName(content(LetterKind.RECOVERY_DECISION, DecisionOutcome.GRANTED, "12000", recovery)))
                .isEqualTo("takaisinperintapaatos-TA-2026-0042.pdf");
    }

    @Test
    void recoveryLetterWithoutTheRecoveryIsRefused() {
        assertThatThrownBy(() -> content(LetterKind.RECOVERY_DECISION, DecisionOutcome.GRANTED, "12000", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("recovery");
    }

    @Test
    void finnishLettersSurviveInTheExtractedText() {
        String text = text(content(LetterKind.DECISION, DecisionOutcome.GRANTED, "12000"));

        assertThat(text)
                .contains("Sotkamon Äänikirjaystävät ry")
                .contains("Yhteyshenkilö Örjan Åström")
                .contains("Pöytäkirjan pykälä § 42")
                .contains("Päätöspäivä 10.2.2026")
                .contains("Toimintaa on tärkeää jatkaa.")
                .doesNotContain("?")
                .doesNotContain("#");
    }

    @Test
    void fileNameTellsTheKindAndApplication() {
        assertThat(renderer.fileName(content(LetterKind.DECISION, DecisionOutcome.GRANTED, "12000")))
                .isEqualTo("paatos-TA-2026-0042.pdf");
        assertThat(renderer.fileName(content(LetterKind.RECTIFICATION_DECISION, DecisionOutcome.DECLINED, "0")))
                .isEqualTo("oikaisuvaatimuspaatos-TA-2026-0042.pdf");
    }

    @Test
    void missingTextStopsRenderingInsteadOfPrintingAPlaceholder() {
        DecisionLetterRenderer withoutTexts = new DecisionLetterRenderer(new StaticMessageSource(), new HtmlPdf(new StaticMessageSource()));

        assertThatThrownBy(() -> withoutTexts.render(content(LetterKind.DECISION, DecisionOutcome.GRANTED, "12000")))
                .hasStackTraceContaining("Missing letter text");
    }

    @Test
    void grantedLetterWithoutReportDeadlineIsRefused() {
        assertThatThrownBy(() -> new DecisionLetterContent("Kainuun hyvinvointialue", "Aluehallitus",
                LetterKind.DECISION, "TA-2026-0042", "Järjestöavustukset 2026", "JA-2026", 2026,
                "Yhdistys ry", "1234567-8", null, DecisionOutcome.GRANTED, new BigDecimal("100"),
                new BigDecimal("100"), null, "§ 42", LocalDate.of(2026, 2, 10), null,
                LocalDate.of(2026, 12, 31), null, LocalDate.of(2026, 2, 11), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("reportDeadline");
    }

    private String text(DecisionLetterContent content) {
        byte[] pdf = renderer.render(content);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Lines and no-break spaces vary with layout; the wording is what is under test.
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ').replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DecisionLetterContent content(LetterKind kind, DecisionOutcome outcome, String decided) {
        return content(kind, outcome, decided, null);
    }

    static DecisionLetterContent content(LetterKind kind, DecisionOutcome outcome, String decided, RecoveryDecision recovery) {
        return new DecisionLetterContent(
                "Kainuun hyvinvointialue",
                "Aluehallitus",
                kind,
                "TA-2026-0042",
                "Järjestöavustukset 2026",
                "JA-2026",
                2026,
                "Sotkamon Äänikirjaystävät ry",
                "1234567-8",
                "Örjan Åström",
                outcome,
                new BigDecimal("12000"),
                decided == null ? null : new BigDecimal(decided),
                "Toiminta edistää ikääntyneiden hyvinvointia.\nToimintaa on tärkeää jatkaa.",
                "§ 42",
                LocalDate.of(2026, 2, 10),
                LocalDate.of(2027, 3, 31),
                LocalDate.of(2026, 12, 31),
                "Itä-Suomen hallinto-oikeus",
                LocalDate.of(2026, 2, 11),
                recovery);
    }

    private static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/letters");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
