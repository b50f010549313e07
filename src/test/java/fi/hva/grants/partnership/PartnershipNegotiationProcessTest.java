package fi.hva.grants.partnership;

import static fi.hva.grants.partnership.PartnershipDriver.MANAGER;
import static fi.hva.grants.partnership.PartnershipDriver.SECRETARY;
import static fi.hva.grants.partnership.PartnershipDriver.initiative;
import static fi.hva.grants.partnership.PartnershipDriver.today;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.common.Now;
import fi.hva.grants.notification.SentMailRepository;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ProcessKeys;
import fi.hva.grants.process.ProcessTest;
import fi.hva.grants.process.Variables;
import fi.hva.grants.security.Groups;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ProcessTest
class PartnershipNegotiationProcessTest {

    @Autowired PartnershipDriver driver;
    @Autowired ProcessFixtures fixtures;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired PartnershipRepository partnerships;
    @Autowired NegotiationRoundRepository rounds;
    @Autowired PartnershipYearRepository years;
    @Autowired SentMailRepository mails;
    @Autowired CountyBudgetRepository budgets;

    /** Budgets recorded by other tests would let the new agreement's years skip their wait. */
    @BeforeEach
    void noBudgetsYet() {
        budgets.deleteAll();
    }

    @Test
    void initiativeIsNegotiatedFundedDraftedApprovedAndSignedIntoAnAgreementWithItsYears() {
        int year = today().getYear();
        ProcessInstance negotiation = driver.startNegotiation(initiative(year, year + 2));

        Assertions.assertThat(negotiation.getBusinessKey()).matches("KA-" + year + "-\\d{4}");
        assertThat(negotiation).isWaitingAt("assessInitiative").task().hasCandidateGroup(Groups.PARTNERSHIP_MANAGERS);
        assertThat(negotiation).variables().containsOnlyKeys(Variables.PARTNERSHIP_ID);
        Assertions.assertThat(driver.summary(driver.task(negotiation))).contains(negotiation.getBusinessKey(),
                "Kainuun Mielenterveysseura ry", "Mielen hyvinvoinnin kumppanuushanke", "STEA", "Aloite kirjattu");

        driver.assessAllCriteriaMet(negotiation);
        assertThat(negotiation).hasPassed("saveAssessment", "checkEligibility", "roundMerge").isWaitingAt("recordNegotiationRound");
        Assertions.assertThat(driver.partnership(negotiation.getBusinessKey()).getCriteriaMet().split(",")).hasSize(6);

        driver.negotiate(negotiation, "CONTINUE");
        assertThat(negotiation).isWaitingAt("recordNegotiationRound");
        driver.negotiate(negotiation, "AGREED");
        assertThat(negotiation).isWaitingAt("awaitFundingDecision");
        Partnership awaiting = driver.partnership(negotiation.getBusinessKey());
        Assertions.assertThat(awaiting.getStatus()).isEqualTo(Partnership.Status.AWAITING_FUNDING);
        Assertions.assertThat(rounds.findByPartnershipIdOrderByRoundNumber(awaiting.getId()))
                .extracting(NegotiationRound::getRoundNumber, NegotiationRound::getOutcome)
                .containsExactly(Assertions.tuple(1, NegotiationRound.Outcome.CONTINUE), Assertions.tuple(2, NegotiationRound.Outcome.AGREED));

        driver.fundingDecided(negotiation.getBusinessKey(), "GRANTED");
        assertThat(negotiation).hasPassed("fundingGateway", "draftAgreement").isWaitingAt("approveDraft");
        Partnership drafted = driver.partnership(negotiation.getBusinessKey());
        Assertions.assertThat(drafted.getFundingGranted()).isTrue();
        Assertions.assertThat(drafted.getFundingReference()).isEqualTo("STEA 2027/123");
        Assertions.assertThat(pdfText(drafted.getDraftPdf())).contains("KUMPPANUUSSOPIMUS", "Kainuun Mielenterveysseura ry",
                "0201256-6", "vuodet " + year + "–" + (year + 2), "40 000,00 €", "STEA 2027/123",
                "vahvistetaan vuosittain osana hyvinvointialueen talousarviota", "vuosiraportin", "loppuraportin",
                "Sopimuksen päättäminen", "Allekirjoitukset");
        Assertions.assertThat(driver.summary(driver.task(negotiation)))
                .contains("[Sopimusluonnos (PDF)](/partnerships/" + drafted.getId() + "/agreement-draft.pdf)");

        fixtures.complete(driver.task(negotiation), MANAGER, Map.of("draftOutcome", "APPROVED"));
        assertThat(negotiation).isWaitingAt("recordBoardDecision");
        assertThat(negotiation).task().hasCandidateGroup(Groups.BOARD_SECRETARIES);
        Map<String, Object> approval = Map.of("boardOutcome", "APPROVED", "boardReference", "Aluehallitus § 210",
                "boardDecidedOn", today().toString());
        assertThatThrownBy(() -> fixtures.complete(driver.task(negotiation), MANAGER, approval))
                .as("the manager who negotiated the agreement does not record the decision body's approval of it")
                .isInstanceOf(AuthorizationException.class);
        fixtures.complete(driver.task(negotiation), SECRETARY, Map.of("boardOutcome", "APPROVED",
                "boardReference", "Aluehallitus 15.12.2026 § 210", "boardDecidedOn", today().toString(), "approvedYearlyMaximum", 35000));
        assertThat(negotiation).isWaitingAt("recordSignatures");
        Assertions.assertThat(driver.partnership(negotiation.getBusinessKey()).getYearlyMaximum()).isEqualByComparingTo("35000");

        fixtures.complete(driver.task(negotiation), MANAGER, Map.of("signedByAssociationOn", today().toString(),
                "signedByCountyOn", today().toString()));

        assertThat(negotiation).isWaitingAt("carryOutAgreement");
        ProcessInstance agreement = driver.agreementOf(negotiation);
        Assertions.assertThat(agreement.getBusinessKey()).isEqualTo(negotiation.getBusinessKey());
        Partnership signed = driver.partnership(negotiation.getBusinessKey());
        Assertions.assertThat(signed.getStatus()).isEqualTo(Partnership.Status.IN_FORCE);
        Assertions.assertThat(years.findByPartnershipIdOrderByAgreementYear(signed.getId()))
                .extracting(PartnershipYear::getAgreementYear, PartnershipYear::getStatus)
                .containsExactly(Assertions.tuple(year, PartnershipYear.Status.AWAITING_BUDGET),
                        Assertions.tuple(year + 1, PartnershipYear.Status.AWAITING_BUDGET),
                        Assertions.tuple(year + 2, PartnershipYear.Status.AWAITING_BUDGET));
        Assertions.assertThat(runtimeService.createExecutionQuery().processInstanceId(agreement.getId())
                .activityId("awaitCountyBudget").count()).isEqualTo(3);
    }

    @Test
    void initiativeMissingACriterionIsRejectedAndTheAssociationToldWhich() {
        ProcessInstance negotiation = driver.startNegotiation(initiative(today().getYear(), today().getYear()));
        fixtures.complete(driver.task(negotiation), MANAGER, Map.of("criterion_PROFESSIONAL_NGO", true, "criterion_WHOLE_COUNTY", false,
                "assessmentNotes", "Toiminta kohdistuu yhteen kuntaan."));
        fixtures.executeDueJobs();

        assertThat(negotiation).isEnded().hasPassed("rejectInitiative", "initiativeRejected").hasNotPassed("recordNegotiationRound");
        Assertions.assertThat(driver.partnership(negotiation.getBusinessKey()).getStatus()).isEqualTo(Partnership.Status.REJECTED);
        Assertions.assertThat(driver.partnership(negotiation.getBusinessKey()).getAssessedBy()).isEqualTo(MANAGER);
        Assertions.assertThat(mails.findAll()).filteredOn(mail -> mail.getSubject().contains(negotiation.getBusinessKey()))
                .singleElement().satisfies(mail -> Assertions.assertThat(mail.getBody())
                        .contains("Palvelee koko hyvinvointialuetta tai useaa palvelualuetta", "Toiminta kohdistuu yhteen kuntaan.")
                        .doesNotContain("Ammatillisesti johdettua"));
    }

    /** Kainuu, seed 000 ch. 8.2: a partnership grant may complement a municipality's grant as public funding. */
    @Test
    void initiativeComplementingAMunicipalitysGrantIsTakenInKainuu() {
        Map<String, Object> form = initiative(today().getYear(), today().getYear());
        form.put("externalFunder", "MUNICIPAL");

        ProcessInstance negotiation = driver.startNegotiation(form);

        assertThat(negotiation).isWaitingAt("assessInitiative");
        Assertions.assertThat(driver.partnership(negotiation.getBusinessKey()).getExternalFunder()).isEqualTo(ExternalFunder.MUNICIPAL);
        Assertions.assertThat(driver.summary(driver.task(negotiation))).contains("Mielen hyvinvoinnin kumppanuushanke", "kunta");
    }

    /** Seed 003: continuity after the project "is considered" (huomioidaan), weighed in the negotiations, not a knock-out. */
    @Test
    void initiativeMeetingTheFiveCriteriaGoesToNegotiationEvenWithoutAnAssessedContinuity() {
        ProcessInstance negotiation = driver.startNegotiation(initiative(today().getYear(), today().getYear()));
        Map<String, Object> form = new java.util.HashMap<>();
        for (PartnershipCriterion criterion : PartnershipCriterion.values()) {
            form.put("criterion_" + criterion.name(), criterion != PartnershipCriterion.CONTINUITY);
        }
        form.put("assessmentNotes", "Jatkuvuus hankkeen jälkeen selvitetään neuvotteluissa.");

        fixtures.complete(driver.task(negotiation), MANAGER, form);
        fixtures.executeDueJobs();

        assertThat(negotiation).isWaitingAt("recordNegotiationRound").hasNotPassed("rejectInitiative");
    }

    @Test
    void assessmentWithoutNotesForAMissingCriterionIsRefusedAndTheTaskStays() {
        ProcessInstance negotiation = driver.startNegotiation(initiative(today().getYear(), today().getYear()));

        assertThatThrownBy(() -> fixtures.complete(driver.task(negotiation), MANAGER, Map.of("criterion_CONTINUITY", true)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Kirjoita perustelu");

        assertThat(negotiation).isWaitingAt("assessInitiative");
    }

    @Test
    void withdrawnNegotiationEnds() {
        ProcessInstance negotiation = driver.startNegotiation(initiative(today().getYear(), today().getYear()));
        driver.assessAllCriteriaMet(negotiation);

        driver.negotiate(negotiation, "WITHDRAWN");

        assertThat(negotiation).isEnded().hasPassed("negotiationWithdrawn");
        Assertions.assertThat(driver.partnership(negotiation.getBusinessKey()).getStatus()).isEqualTo(Partnership.Status.WITHDRAWN);
    }

    @Test
    void negativeFundingDecisionEndsTheNegotiationWithItsReason() {
        ProcessInstance negotiation = agreedNegotiation();

        driver.fundingDecided(negotiation.getBusinessKey(), "DENIED");

        assertThat(negotiation).isEnded().hasPassed("fundingDenied").hasNotPassed("draftAgreement");
        Partnership denied = driver.partnership(negotiation.getBusinessKey());
        Assertions.assertThat(denied.getStatus()).isEqualTo(Partnership.Status.FUNDING_DENIED);
        Assertions.assertThat(denied.getFundingGranted()).isFalse();
        Assertions.assertThat(denied.getFundingReference()).isEqualTo("STEA 2027/123");
    }

    @Test
    void noFundingDecisionWithinTheTimeLimitEndsTheNegotiation() {
        ProcessInstance negotiation = agreedNegotiation();
        Job limit = managementService.createJobQuery().processInstanceId(negotiation.getId()).timers().singleResult();
        Assertions.assertThat(limit.getDuedate().toInstant())
                .isEqualTo(today().plusMonths(9).plusDays(1).atStartOfDay(Now.HELSINKI).toInstant());

        ClockUtil.setCurrentTime(Date.from(limit.getDuedate().toInstant().plus(Duration.ofMinutes(1))));
        managementService.executeJob(limit.getId());

        assertThat(negotiation).isEnded().hasPassed("fundingDecisionOverdue", "recordFundingMissing", "fundingNotReceived");
        Assertions.assertThat(driver.partnership(negotiation.getBusinessKey()).getStatus()).isEqualTo(Partnership.Status.FUNDING_MISSING);
    }

    @Test
    void returnedDraftGoesBackToNegotiationAndARejectedAgreementEnds() {
        ProcessInstance negotiation = agreedNegotiation();
        driver.fundingDecided(negotiation.getBusinessKey(), "GRANTED");

        fixtures.complete(driver.task(negotiation), MANAGER, Map.of("draftOutcome", "RETURNED",
                "draftNotes", "Raportointiaikataulu on sovittava uudelleen."));
        assertThat(negotiation).isWaitingAt("recordNegotiationRound").hasPassed("draftGateway");
        Assertions.assertThat(driver.summary(driver.task(negotiation))).contains("Raportointiaikataulu on sovittava uudelleen.");

        driver.negotiate(negotiation, "AGREED");
        assertThat(negotiation).isWaitingAt("awaitFundingDecision");
        driver.fundingDecided(negotiation.getBusinessKey(), "GRANTED");
        fixtures.complete(driver.task(negotiation), MANAGER, Map.of("draftOutcome", "APPROVED"));
        fixtures.complete(driver.task(negotiation), SECRETARY, Map.of("boardOutcome", "REJECTED",
                "boardReference", "Aluehallitus § 211", "boardDecidedOn", today().toString()));

        assertThat(negotiation).isEnded().hasPassed("agreementNotApproved");
        Assertions.assertThat(driver.partnership(negotiation.getBusinessKey()).getStatus()).isEqualTo(Partnership.Status.NOT_APPROVED);
    }

    @Test
    void badInitiativeIsRefusedInFinnishAndCreatesNothing() {
        long before = partnerships.count();
        long instances = runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.PARTNERSHIP_NEGOTIATION_PROCESS).count();
        Map<String, Object> bad = initiative(today().getYear() + 3, today().getYear() + 1);
        bad.put("businessId", "0201256-7");
        bad.put("iban", "FI00 1234");
        bad.put("yearlyMaximum", "paljon");
        bad.remove("projectName");

        assertThatThrownBy(() -> driver.startNegotiation(bad)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Y-tunnus 0201256-7 ei ole kelvollinen")
                .hasMessageContaining("Tilinumero FI00 1234 ei ole kelvollinen")
                .hasMessageContaining("Haettu avustus vuodessa: arvo ei ole kelvollinen.")
                .hasMessageContaining("Hankkeen nimi on pakollinen tieto.")
                .hasMessageContaining("Hankekauden on alettava vuosina");

        Assertions.assertThat(partnerships.count()).isEqualTo(before);
        Assertions.assertThat(runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.PARTNERSHIP_NEGOTIATION_PROCESS).count()).isEqualTo(instances);
    }

    @Test
    void kainuuTakesAnAssociationsInitiativeOnlyInTheAnnouncedPeriod() {
        int lastYear = today().getYear() - 1;
        Map<String, Object> outside = initiative(today().getYear(), today().getYear());
        outside.put("initiatedBy", "ASSOCIATION");
        outside.put("receivedOn", LocalDate.of(lastYear, 1, 15).toString());
        Map<String, Object> inside = new HashMap<>(outside);
        inside.put("receivedOn", LocalDate.of(lastYear, 3, 15).toString());

        assertThatThrownBy(() -> driver.startNegotiation(outside)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("vain ilmoitettuna aloiteaikana (--03-01–--04-30)");
        ProcessInstance accepted = driver.startNegotiation(inside);

        Assertions.assertThat(driver.partnership(accepted.getBusinessKey()).getInitiatedBy()).isEqualTo(Initiator.ASSOCIATION);
    }

    @Test
    void aNoticeWithAMistakeIsRefusedInFinnishAndStartsNothing() {
        ProcessInstance negotiation = driver.startNegotiation(initiative(today().getYear(), today().getYear()));
        long notices = runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.PARTNERSHIP_NOTICE_PROCESS).count();

        assertThatThrownBy(() -> driver.notice(Map.of("noticeKind", "FUNDING_DECISION", "partnershipNumber", "KA-1999-0001",
                "fundingOutcome", "GRANTED", "decidedOn", today().toString(), "reference", "STEA 1")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Kumppanuutta KA-1999-0001 ei löydy.");
        assertThatThrownBy(() -> driver.notice(Map.of("noticeKind", "FUNDING_DECISION", "partnershipNumber", negotiation.getBusinessKey(),
                "fundingOutcome", "GRANTED", "decidedOn", today().toString(), "reference", "STEA 1")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ei odota ulkoisen rahoittajan päätöstä");
        assertThatThrownBy(() -> driver.notice(Map.of("noticeKind", "SOMETHING_ELSE", "decidedOn", today().toString())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Valitse, mitä päätös koskee.");
        assertThatThrownBy(() -> driver.notice(Map.of("noticeKind", "TERMINATION", "partnershipNumber", negotiation.getBusinessKey(),
                "terminationReason", "BREACH", "decidedOn", today().toString(), "noticeNotes", "Rikkomus")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ei ole voimassa");

        Assertions.assertThat(runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.PARTNERSHIP_NOTICE_PROCESS).count()).isEqualTo(notices);
        assertThat(negotiation).isWaitingAt("assessInitiative");
        Assertions.assertThat(driver.partnership(negotiation.getBusinessKey()).getFundingGranted()).isNull();
    }

    private static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[\\s\\u00A0\\u202F]+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ProcessInstance agreedNegotiation() {
        ProcessInstance negotiation = driver.startNegotiation(initiative(today().getYear(), today().getYear() + 1));
        driver.assessAllCriteriaMet(negotiation);
        driver.negotiate(negotiation, "AGREED");
        return negotiation;
    }
}
