package fi.hva.grants.decision.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hva.grants.document.HtmlPdf;
import fi.hva.grants.grant.DecisionOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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
    void everyLetterNamesWhoGivesMoreInformation() {
        String informationGiver = "Lisätietoja päätöksestä antaa järjestöyhdyshenkilö Liisa Laaksonen, puhelin 040 123 4567, "
                + "sähköposti liisa.laaksonen@hyvinvointialue.example.";

        assertThat(text(content(LetterKind.DECISION, DecisionOutcome.GRANTED, "12000"))).contains("Lisätiedot", informationGiver);
        assertThat(text(content(LetterKind.DECISION, DecisionOutcome.DECLINED, "0"))).contains(informationGiver);
        assertThat(text(content(LetterKind.DECISION, DecisionOutcome.NOT_EXAMINED, null))).contains(informationGiver);
        assertThat(text(content(LetterKind.RECTIFICATION_DECISION, DecisionOutcome.PARTLY_GRANTED, "9000"))).contains(informationGiver);
        assertThat(text(content(LetterKind.RECOVERY_DECISION, DecisionOutcome.GRANTED, "12000", recovery()))).contains(informationGiver);
        assertThat(text(content(LetterKind.RECOVERY_RECTIFICATION_DECISION, DecisionOutcome.GRANTED, "12000", waived())))
                .contains(informationGiver);
    }

    @Test
    void rectificationInstructionsGiveTheAuthoritysPostalAndEmailAddress() {
        for (DecisionLetterContent content : List.of(content(LetterKind.DECISION, DecisionOutcome.DECLINED, "0"),
                content(LetterKind.RECOVERY_DECISION, DecisionOutcome.GRANTED, "12000", recovery()))) {
            assertThat(text(content))
                    .contains("Viranomainen, jolle oikaisuvaatimus tehdään Aluehallitus, Kainuun hyvinvointialue "
                            + "Postiosoite: Kainuun hyvinvointialue, kirjaamo, PL 400, 87070 Kainuu Sähköposti: kirjaamo@kainuu.fi")
                    .contains("edellä mainittuun posti- tai sähköpostiosoitteeseen");
        }
    }

    @Test
    void appealInstructionsNameTheAluevalitusAndTheCourtsAddresses() {
        for (DecisionLetterContent content : List.of(content(LetterKind.RECTIFICATION_DECISION, DecisionOutcome.DECLINED, "0"),
                content(LetterKind.RECOVERY_RECTIFICATION_DECISION, DecisionOutcome.GRANTED, "12000", recovery()))) {
            assertThat(text(content))
                    .contains("saa hakea muutosta aluevalituksella hallinto-oikeudelta")
                    .contains("Aluevalituksesta säädetään laissa hyvinvointialueesta (611/2021)")
                    .contains("Valitusviranomainen Itä-Suomen hallinto-oikeus Postiosoite: PL 1744, 70101 Kuopio "
                            + "Sähköposti: ita-suomi.hao@oikeus.fi")
                    .doesNotContain("hyvinvointialuevalitu")
                    .doesNotContain("kirjaamo@kainuu.fi");
        }
    }

    @Test
    void recoveryDecisionStatesTheInterestTerms() {
        String text = text(content(LetterKind.RECOVERY_DECISION, DecisionOutcome.GRANTED, "12000", recovery()));

        assertThat(text)
                .contains("Takaisin perittävälle määrälle peritään vuotuista korkoa avustuksen maksupäivästä lukien. "
                        + "Korko on korkolain (633/1982) 3 §:n 2 momentin mukainen viitekorko korotettuna 3 prosenttiyksiköllä.")
                .contains("Jos takaisin perittävää määrää ei makseta viimeistään eräpäivänä, maksamatta olevalle määrälle "
                        + "peritään eräpäivän jälkeiseltä ajalta vuotuista viivästyskorkoa korkolain 4 §:n 1 momentin mukaan.");
        assertThat(text(content(LetterKind.RECOVERY_RECTIFICATION_DECISION, DecisionOutcome.GRANTED, "12000", recovery())))
                .contains("korotettuna 3 prosenttiyksiköllä", "viivästyskorkoa korkolain 4 §:n 1 momentin mukaan");
    }

    @Test
    void aCountyWithoutInterestBeforeTheDueDateSaysSo() {
        LetterContacts noMargin = new LetterContacts("Liisa Laaksonen", "järjestöyhdyshenkilö", "040 123 4567",
                "liisa.laaksonen@hyvinvointialue.example", "Kirjaamo, PL 1, 00100 Helsinki", "kirjaamo@example.fi",
                "PL 1744, 70101 Kuopio", "ita-suomi.hao@oikeus.fi", null);
        DecisionLetterContent base = content(LetterKind.RECOVERY_DECISION, DecisionOutcome.GRANTED, "12000", recovery());

        String text = text(withContacts(base, noMargin));

        assertThat(text)
                .contains("Takaisin perittävälle määrälle ei peritä korkoa ajalta ennen eräpäivää.")
                .contains("viivästyskorkoa korkolain 4 §:n 1 momentin mukaan")
                .doesNotContain("prosenttiyksiköllä");
    }

    @Test
    void theMarginIsPrintedAsTheCountySetItAndAZeroMarginMeansTheReferenceRate() {
        DecisionLetterContent base = content(LetterKind.RECOVERY_DECISION, DecisionOutcome.GRANTED, "12000", recovery());

        assertThat(text(withContacts(base, contactsWithMargin(new BigDecimal("2.50")))))
                .contains("viitekorko korotettuna 2,5 prosenttiyksiköllä.");
        assertThat(text(withContacts(base, contactsWithMargin(BigDecimal.ZERO))))
                .contains("Takaisin perittävälle määrälle peritään vuotuista korkoa avustuksen maksupäivästä lukien. "
                        + "Korko on korkolain (633/1982) 3 §:n 2 momentin mukainen viitekorko.")
                .doesNotContain("korotettuna")
                .doesNotContain("ei peritä korkoa");
    }

    @Test
    void theGrantTermsStateTheInterestOnARecoveryButAWaivedRecoveryDoesNot() {
        assertThat(text(content(LetterKind.DECISION, DecisionOutcome.GRANTED, "12000")))
                .contains("avustuksen maksupäivästä lukien", "korotettuna 3 prosenttiyksiköllä", "viivästyskorkoa");
        assertThat(text(content(LetterKind.RECOVERY_RECTIFICATION_DECISION, DecisionOutcome.GRANTED, "12000", waived())))
                .contains("Avustusta ei peritä takaisin.")
                .doesNotContain("viivästyskorkoa")
                .doesNotContain("prosenttiyksiköllä");
        assertThat(text(content(LetterKind.DECISION, DecisionOutcome.DECLINED, "0"))).doesNotContain("korkoa");
    }

    @Test
    void aLetterWithoutItsContactsIsRefused() {
        DecisionLetterContent base = content(LetterKind.DECISION, DecisionOutcome.GRANTED, "12000");

        assertThatThrownBy(() -> withContacts(base, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("contacts");
        assertThatThrownBy(() -> new LetterContacts("Liisa Laaksonen", "järjestöyhdyshenkilö", null, "liisa@example.fi",
                "PL 1, 00100 Helsinki", "kirjaamo@example.fi", "PL 1744, 70101 Kuopio", "ita-suomi.hao@oikeus.fi", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("informationPhone");
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
                LocalDate.of(2026, 12, 31), null, contacts(), LocalDate.of(2026, 2, 11), null))
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
                contacts(),
                LocalDate.of(2026, 2, 11),
                recovery);
    }

    private static RecoveryDecision recovery() {
        return new RecoveryDecision(new BigDecimal("2000"), LocalDate.of(2027, 9, 30),
                "Avustusta jäi käyttämättä 2 000 euroa.", "§ 50", LocalDate.of(2027, 8, 20));
    }

    private static RecoveryDecision waived() {
        return new RecoveryDecision(BigDecimal.ZERO, null, "Varat on käytetty.", "§ 61", LocalDate.of(2027, 10, 20));
    }

    private static LetterContacts contactsWithMargin(BigDecimal margin) {
        LetterContacts c = contacts();
        return new LetterContacts(c.informationName(), c.informationTitle(), c.informationPhone(), c.informationEmail(),
                c.rectificationPostalAddress(), c.rectificationEmail(), c.courtPostalAddress(), c.courtEmail(), margin);
    }

    private static DecisionLetterContent withContacts(DecisionLetterContent c, LetterContacts contacts) {
        return new DecisionLetterContent(c.regionName(), c.decisionBody(), c.kind(), c.applicationNumber(), c.callName(),
                c.callCode(), c.grantYear(), c.associationName(), c.businessId(), c.contactName(), c.outcome(),
                c.requestedAmount(), c.decidedAmount(), c.reasoning(), c.boardReference(), c.decisionDate(),
                c.reportDeadline(), c.usePeriodEnd(), c.administrativeCourt(), contacts, c.letterDate(), c.recovery());
    }

    static LetterContacts contacts() {
        return new LetterContacts("Liisa Laaksonen", "järjestöyhdyshenkilö", "040 123 4567",
                "liisa.laaksonen@hyvinvointialue.example", "Kainuun hyvinvointialue, kirjaamo, PL 400, 87070 Kainuu",
                "kirjaamo@kainuu.fi", "PL 1744, 70101 Kuopio", "ita-suomi.hao@oikeus.fi", new BigDecimal("3"));
    }

    private static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/letters");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
