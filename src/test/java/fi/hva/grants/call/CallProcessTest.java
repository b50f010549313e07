package fi.hva.grants.call;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.common.Now;
import fi.hva.grants.grant.DecisionOutcome;
import fi.hva.grants.grant.GrantApplication;
import fi.hva.grants.grant.GrantApplicationRepository;
import fi.hva.grants.process.CallDriver;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ProcessKeys;
import fi.hva.grants.process.ProcessTest;
import fi.hva.grants.process.Variables;
import fi.hva.grants.security.Groups;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ProcessTest
class CallProcessTest {

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired ProcessFixtures fixtures;
    @Autowired CallDriver driver;
    @Autowired GrantCallRepository calls;
    @Autowired GrantApplicationRepository applications;

    @Test
    void callRunsFromPreparationThroughItsPeriodToTheBoardDecisionOfEveryApplication() {
        ProcessInstance call = driver.startCall();
        assertThat(call).isWaitingAt("prepareCall").task().hasCandidateGroup(Groups.LIAISON_OFFICERS);
        GrantCall draft = driver.callOf(call);
        Assertions.assertThat(call.getBusinessKey()).isEqualTo(draft.getCode()).startsWith("TA-");
        Assertions.assertThat(draft.getStatus()).isEqualTo(CallStatus.DRAFT);

        driver.prepare(call, 100000);
        assertThat(call).isWaitingAt("recordCallApproval").task().hasCandidateGroup(Groups.BOARD_SECRETARIES);
        Assertions.assertThat(driver.callOf(call).getStatus()).isEqualTo(CallStatus.AWAITING_APPROVAL);
        Assertions.assertThat(driver.callOf(call).getCriteria()).extracting(CallCriterion::getName)
                .containsExactly("Kiinnittyminen tehtäviin", "Talousarvio");
        Assertions.assertThat(runtimeService.getVariables(call.getId()).keySet()).doesNotContainAnyElementsOf(CallPreparationTask.FIELDS);

        driver.approve(call);
        assertThat(call).isWaitingAt("publishCall");
        fixtures.executeDueJobs();
        assertThat(call).isWaitingAt("callPeriodStarted");
        GrantCall published = driver.callOf(call);
        Assertions.assertThat(published.getStatus()).isEqualTo(CallStatus.PUBLISHED);
        Assertions.assertThat(published.getApprovalReference()).isEqualTo("Aluehallitus 1.10.2026 § 12");
        Job opensTimer = managementService.createJobQuery().processInstanceId(call.getId()).timers().singleResult();
        Assertions.assertThat(opensTimer.getDuedate().toInstant()).isEqualTo(published.getOpensAt());

        driver.moveClockTo(published.getOpensAt());
        assertThat(call).isWaitingAt("callPeriodEnded");
        Assertions.assertThat(driver.callOf(call).getStatus()).isEqualTo(CallStatus.OPEN);

        ProcessInstance first = driver.startApplication(published.getCode(), 12000);
        ProcessInstance second = driver.startApplication(published.getCode(), 15000);
        driver.review(first, "maija", 10000);
        assertThat(first).isWaitingAt("awaitBoardDecision");

        driver.moveClockTo(published.getClosesAt());
        assertThat(call).isWaitingAt("awaitReviews").hasPassed("closeCall");
        Assertions.assertThat(driver.callOf(call).getStatus()).isEqualTo(CallStatus.CLOSED);

        driver.review(second, "maija", 8000);
        assertThat(call).isWaitingAt("recordBoardDecision").hasPassed("awaitReviews", "prepareProposal");
        Assertions.assertThat(driver.callOf(call).getStatus()).isEqualTo(CallStatus.PROPOSED);
        String proposal = summaryOf(call);
        Assertions.assertThat(proposal).contains(first.getBusinessKey(), second.getBusinessKey(), "18 000,00 €", "82 000,00 €");

        String secondNumber = second.getBusinessKey();
        driver.decideOnBoard(call, Map.of("boardDecisionType", "WITH_CHANGES",
                "change1Application", secondNumber, "change1Amount", 5000, "change1Reasoning", "Toimielin kohdensi toisin.",
                "boardReference", "Aluehallitus 12.2.2027 § 18", "boardDecidedOn", CallDriver.today()));
        assertThat(call).isWaitingAt("dispatchDecision");
        Assertions.assertThat(runtimeService.getVariable(call.getId(), Variables.DECIDED_APPLICATION_IDS)).isEqualTo(List.of(
                applications.findByApplicationNumber(first.getBusinessKey()).orElseThrow().getId(),
                applications.findByApplicationNumber(secondNumber).orElseThrow().getId()));
        fixtures.executeDueJobs();

        assertThat(call).isEnded().hasPassed("dispatchDecision", "callDecided");
        fixtures.passRectificationPeriod();
        fixtures.runPaymentBatch(Map.of());
        GrantCall decided = driver.callOf(call);
        Assertions.assertThat(decided.getStatus()).isEqualTo(CallStatus.DECIDED);
        Assertions.assertThat(decided.getBoardReference()).isEqualTo("Aluehallitus 12.2.2027 § 18");
        assertThat(first).isWaitingAt("followUpReport");
        assertThat(second).isWaitingAt("followUpReport");
        GrantApplication changed = applications.findByApplicationNumber(secondNumber).orElseThrow();
        Assertions.assertThat(changed.getDecisionOutcome()).isEqualTo(DecisionOutcome.PARTLY_GRANTED);
        Assertions.assertThat(changed.getDecidedAmount()).isEqualByComparingTo("5000");
        Assertions.assertThat(changed.getDecisionReasoning()).isEqualTo("Toimielin kohdensi toisin.");
        Assertions.assertThat(applications.findByApplicationNumber(first.getBusinessKey()).orElseThrow().getDecidedAmount())
                .isEqualByComparingTo("10000");
    }

    @Test
    void returnedCallGoesBackToPreparationWithTheBoardsNotes() {
        ProcessInstance call = driver.startCall();
        driver.prepare(call, 100000);
        assertThatThrownBy(() -> fixtures.complete(fixtures.task(call.getId()), "sanna", Map.of("approvalDecision", "RETURNED")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Kerro, miksi haku palautetaan valmisteluun.");

        fixtures.complete(fixtures.task(call.getId()), "sanna",
                Map.of("approvalDecision", "RETURNED", "approvalNotes", "Lisää kriteeri kohderyhmän tavoittamisesta."));

        assertThat(call).isWaitingAt("prepareCall").hasPassed("saveCallApproval");
        Assertions.assertThat(driver.callOf(call).getStatus()).isEqualTo(CallStatus.DRAFT);
        String summary = summaryOf(call);
        Assertions.assertThat(summary).contains("Lisää kriteeri kohderyhmän tavoittamisesta.");
        Assertions.assertThat(runtimeService.getVariable(call.getId(), "callName")).isEqualTo("Toiminta-avustukset");
        Assertions.assertThat(summary).contains("(Toiminta-avustus " + nextYear() + ")");
    }

    @Test
    void invalidCallDetailsAreRefusedAndTheTaskStaysOpen() {
        ProcessInstance call = driver.startCall();
        Map<String, Object> fields = ProcessFixtures.callFields(LocalDateTime.ofInstant(Now.instant(), Now.HELSINKI).plusDays(1), 21);
        fields.put(CallPreparationTask.CLOSES_AT, LocalDateTime.ofInstant(Now.instant(), Now.HELSINKI).minusDays(3).withNano(0).toString());
        fields.put(CallPreparationTask.APPROPRIATION, 0);
        fields.put(CallPreparationTask.CONTENT_AREAS, List.of());
        fields.put("criterion1Name", "Vaikuttavuus");
        fields.put("criterion1Weight", 0);
        fields.remove("criterion2Name");
        fields.remove("criterion2Weight");

        assertThatThrownBy(() -> fixtures.complete(fixtures.task(call.getId()), "liisa", fields))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Määrärahan on oltava suurempi kuin nolla.")
                .hasMessageContaining("Hakuajan on päätyttävä alkamisensa jälkeen.")
                .hasMessageContaining("Valitse vähintään yksi sisältöalue.")
                .hasMessageContaining("Kriteerillä Vaikuttavuus on oltava nimi ja painoarvo väliltä 1–100.");

        assertThat(call).isWaitingAt("prepareCall");
        Assertions.assertThat(driver.callOf(call).getStatus()).isEqualTo(CallStatus.DRAFT);
    }

    @Test
    void grantFormTheRegionDoesNotOfferStartsNothing() {
        long before = calls.count();
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(ProcessKeys.CALL_PROCESS,
                Map.of("grantForm", "THEME", "grantYear", nextYear())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Avustusmuoto THEME ei ole käytössä alueella Kainuun hyvinvointialue.");
        Assertions.assertThat(calls.count()).isEqualTo(before);
        Assertions.assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.CALL_PROCESS)
                .processInstanceBusinessKeyLike("TE-%").count()).isZero();
    }

    @Test
    void proposalOverTheAppropriationMustBeFittedBeforeTheBoard() {
        ProcessInstance call = driver.openCall(30000);
        String callCode = driver.callOf(call).getCode();
        ProcessInstance first = driver.startApplication(callCode, 20000);
        ProcessInstance second = driver.startApplication(callCode, 20000);
        driver.review(first, "maija", 20000);
        driver.review(second, "maija", 20000);
        driver.moveClockTo(driver.callOf(call).getClosesAt());

        assertThat(call).isWaitingAt("adjustProposal").task().hasCandidateGroup(Groups.LIAISON_OFFICERS);
        Assertions.assertThat(summaryOf(call)).contains("Esitys ylittää määrärahan, ylitys 10 000,00 €.");
        assertThatThrownBy(() -> fixtures.complete(fixtures.task(call.getId()), "liisa", Map.of(
                "change1Application", "TA-1999-0001", "change1Amount", 1, "change1Reasoning", "x")))
                .hasMessage("Hakemusta TA-1999-0001 ei ole haussa " + callCode + ".");

        fixtures.complete(fixtures.task(call.getId()), "liisa", Map.of("change1Application", second.getBusinessKey(),
                "change1Amount", 10000, "change1Reasoning", "Määräraha ei riitä koko summaan."));

        assertThat(call).isWaitingAt("recordBoardDecision").hasPassed("saveProposalChanges");
        Assertions.assertThat(applications.findByApplicationNumber(second.getBusinessKey()).orElseThrow().getProposedAmount())
                .isEqualByComparingTo("10000");

        assertThatThrownBy(() -> driver.decideOnBoard(call, Map.of("boardDecisionType", "WITH_CHANGES",
                "change1Application", second.getBusinessKey(), "change1Amount", 20000, "change1Reasoning", "Korotus",
                "boardReference", "§ 3", "boardDecidedOn", CallDriver.today())))
                .satisfies(e -> Assertions.assertThat(e.getMessage().replace('\u00a0', ' ').replace('\u202f', ' '))
                        .isEqualTo("Päätetyt avustukset yhteensä 40 000,00 € ylittävät määrärahan 30 000,00 €."));
        Assertions.assertThat(applications.findByApplicationNumber(second.getBusinessKey()).orElseThrow().getProposedAmount())
                .isEqualByComparingTo("10000");

        driver.decideOnBoard(call, Map.of("boardDecisionType", "AS_PROPOSED", "boardReference", "§ 3", "boardDecidedOn", CallDriver.today()));
        fixtures.executeDueJobs();
        assertThat(call).isEnded();
        fixtures.passRectificationPeriod();
        fixtures.runPaymentBatch(Map.of());
        assertThat(second).isWaitingAt("followUpReport");
    }

    @Test
    void boardDecisionNeedsItsReferenceAndAPastDate() {
        ProcessInstance call = driver.openCall(100000);
        driver.moveClockTo(driver.callOf(call).getClosesAt());
        assertThat(call).isWaitingAt("recordBoardDecision").hasPassed("allReviewedGateway").hasNotPassed("awaitReviews");

        assertThatThrownBy(() -> driver.decideOnBoard(call, Map.of("boardDecisionType", "WITH_CHANGES",
                "boardDecidedOn", LocalDate.ofInstant(Now.instant(), Now.HELSINKI).plusDays(5).toString())))
                .hasMessageContaining("Kirjaa toimielimen muuttamat summat perusteluineen.")
                .hasMessageContaining("Anna päätöksen tunniste (pöytäkirjan pykälä).")
                .hasMessageContaining("Anna päätöspäivä; se ei voi olla tulevaisuudessa.");
        assertThat(call).isWaitingAt("recordBoardDecision");
        Assertions.assertThat(driver.callOf(call).getStatus()).isEqualTo(CallStatus.PROPOSED);
    }

    /** The form's summary with the non-breaking spaces of Finnish number formatting made plain. */
    private String summaryOf(ProcessInstance call) {
        return taskService.getVariableLocal(fixtures.task(call.getId()).getId(), Variables.CASE_SUMMARY).toString()
                .replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static int nextYear() {
        return LocalDate.ofInstant(Now.instant(), Now.HELSINKI).getYear() + 1;
    }
}
