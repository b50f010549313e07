package fi.hva.grants.grant;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.hva.grants.common.Messages;
import fi.hva.grants.grant.DecisionStage.Kind;
import fi.hva.grants.payment.Payment;
import fi.hva.grants.payment.PaymentRepository;
import fi.hva.grants.process.CallDriver;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ProcessTest;
import fi.hva.grants.process.Variables;
import fi.hva.grants.security.Groups;
import fi.hva.grants.security.TasklistSessions;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every step of a decision stays on record: the reviewer's proposal, the liaison officer's adjustment
 * to the appropriation and the decision body's decision, each with who, when, the amount and why,
 * while the application's current amount goes on to the letter and the payout as before.
 */
@ProcessTest
class DecisionStagesProcessTest {

    private static final MockHttpSession MANAGER = TasklistSessions.of("johanna", Groups.MANAGERS);
    private static final String REVIEW_REASONING = "Toiminta vastaa haun painopisteitä.";
    private static final String STAGES_TABLE = "Päätöksen vaiheet hakemuksittain";

    @Autowired ProcessFixtures fixtures;
    @Autowired CallDriver driver;
    @Autowired TaskService taskService;
    @Autowired GrantApplicationRepository applications;
    @Autowired DecisionStageRepository stages;
    @Autowired CaseSummary caseSummary;
    @Autowired MockMvc mvc;
    @Autowired PaymentRepository payments;

    @Test
    void reviewAdjustmentAndTheBoardsChangeAreEachKept() throws Exception {
        ProcessInstance call = driver.openCall(30000);
        String callCode = driver.callOf(call).getCode();
        Instant opens = driver.callOf(call).getOpensAt();
        ProcessInstance first = driver.startApplication(callCode, 20000);
        ProcessInstance second = driver.startApplication(callCode, 20000);
        Instant firstReviewed = at(opens.plus(Duration.ofHours(2)));
        driver.review(first, "maija", 20000);
        Instant secondReviewed = at(opens.plus(Duration.ofHours(3)));
        driver.review(second, "maija", 20000);
        driver.moveClockTo(driver.callOf(call).getClosesAt());
        assertThat(call).isWaitingAt("adjustProposal");

        Instant adjusted = at(driver.callOf(call).getClosesAt().plus(Duration.ofDays(1)));
        fixtures.complete(fixtures.task(call.getId()), "liisa", Map.of("change1Application", second.getBusinessKey(),
                "change1Amount", 10000, "change1Reasoning", "Määräraha ei riitä koko summaan."));
        assertThat(call).isWaitingAt("recordBoardDecision");
        Assertions.assertThat(summaryOf(call)).contains("| Valmistelijan esitys | Esitys |",
                "| 20 000,00 € | 10 000,00 € | Määräraha ei riitä koko summaan. |");

        at(driver.callOf(call).getClosesAt().plus(Duration.ofDays(2)));
        assertThatThrownBy(() -> driver.decideOnBoard(call, Map.of("boardDecisionType", "WITH_CHANGES",
                "change1Application", second.getBusinessKey(), "change1Amount", 20000, "change1Reasoning", "Korotus",
                "boardReference", "Aluehallitus 12.2.2027 § 18", "boardDecidedOn", CallDriver.today())))
                .hasMessageContaining("ylittävät määrärahan");
        Assertions.assertThat(stagesOf(second)).extracting(DecisionStage::getKind).containsExactly(Kind.REVIEW, Kind.ADJUSTMENT);

        Instant decided = at(driver.callOf(call).getClosesAt().plus(Duration.ofDays(3)));
        driver.decideOnBoard(call, Map.of("boardDecisionType", "WITH_CHANGES",
                "change1Application", second.getBusinessKey(), "change1Amount", 8000,
                "change1Reasoning", "Toimielin kohdensi <b>toisin</b>.",
                "boardReference", "Aluehallitus 12.2.2027 § 18", "boardDecidedOn", CallDriver.today()));
        fixtures.executeDueJobs();

        Assertions.assertThat(stagesOf(second)).extracting(DecisionStage::getKind, s -> s.getAmount().intValueExact(),
                        DecisionStage::getRecordedBy, DecisionStage::getRecordedAt, DecisionStage::getReasoning)
                .containsExactly(
                        tuple(Kind.REVIEW, 20000, "maija", secondReviewed, REVIEW_REASONING),
                        tuple(Kind.ADJUSTMENT, 10000, "liisa", adjusted, "Määräraha ei riitä koko summaan."),
                        tuple(Kind.BOARD_CHANGE, 8000, "sanna", decided, "Toimielin kohdensi <b>toisin</b>."));
        Assertions.assertThat(stagesOf(first)).extracting(DecisionStage::getKind, s -> s.getAmount().intValueExact(),
                        DecisionStage::getRecordedBy, DecisionStage::getRecordedAt, DecisionStage::getReasoning)
                .containsExactly(
                        tuple(Kind.REVIEW, 20000, "maija", firstReviewed, REVIEW_REASONING),
                        tuple(Kind.BOARD_CONFIRMATION, 20000, "sanna", decided, REVIEW_REASONING));
        GrantApplication changed = application(second);
        Assertions.assertThat(changed.getDecidedAmount()).isEqualByComparingTo("8000");
        Assertions.assertThat(changed.getDecisionOutcome()).isEqualTo(DecisionOutcome.PARTLY_GRANTED);
        Assertions.assertThat(application(first).getDecidedAmount()).isEqualByComparingTo("20000");

        Assertions.assertThat(plain(caseSummary.of(changed.getId()))).contains(
                "**Päätöksen vaiheet**",
                "- Valmistelijan esitys 20 000,00 €: maija, " + Messages.DATE_TIME.format(secondReviewed)
                        + ". Perustelu: " + REVIEW_REASONING,
                "- Sovitettu esitys 10 000,00 €: liisa, " + Messages.DATE_TIME.format(adjusted)
                        + ". Perustelu: Määräraha ei riitä koko summaan.",
                "- Päätetty 8 000,00 €, toimielin muutti esitystä (Aluehallitus 12.2.2027 § 18): kirjannut sanna, "
                        + Messages.DATE_TIME.format(decided) + ". Perustelu: Toimielin kohdensi \\<b\\>toisin\\</b\\>.");

        List<List<String>> rows = stagesInCsv(callCode);
        Assertions.assertThat(rows.get(0)).containsExactly("Hakemus", "Yhdistys", "Haettu (€)", "Valmistelijan esitys (€)",
                "Valmistelija", "Esitetty", "Sovitettu esitys (€)", "Sovittaja", "Sovitettu", "Päätetty (€)",
                "Toimielimen ratkaisu", "Päätöksen kirjaaja", "Kirjattu");
        Assertions.assertThat(rows).contains(
                List.of(first.getBusinessKey(), "Kajaanin Mielenterveysyhdistys ry", "20000,00",
                        "20000,00", "maija", Messages.DATE_TIME.format(firstReviewed), "", "", "",
                        "20000,00", "esityksen mukaan", "sanna", Messages.DATE_TIME.format(decided)),
                List.of(second.getBusinessKey(), "Kajaanin Mielenterveysyhdistys ry", "20000,00",
                        "20000,00", "maija", Messages.DATE_TIME.format(secondReviewed),
                        "10000,00", "liisa", Messages.DATE_TIME.format(adjusted),
                        "8000,00", "muutti esitystä", "sanna", Messages.DATE_TIME.format(decided)));

        byte[] xlsx = mvc.perform(get("/managers/reports.xlsx").param("call", callCode).session(MANAGER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheets().filter(s -> s.getName().equals(STAGES_TABLE.substring(0, Math.min(31, STAGES_TABLE.length()))))
                    .findFirst().orElseThrow();
            Row row = sheet.read().stream().filter(r -> second.getBusinessKey().equals(r.getCellText(0))).findFirst().orElseThrow();
            Assertions.assertThat(row.getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("20000");
            Assertions.assertThat(row.getCellAsNumber(6).orElseThrow()).isEqualByComparingTo("10000");
            Assertions.assertThat(row.getCellAsNumber(9).orElseThrow()).isEqualByComparingTo("8000");
            Assertions.assertThat(row.getCellText(10)).isEqualTo("muutti esitystä");
        }
        String page = mvc.perform(get("/managers/reports").param("call", callCode).session(MANAGER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Assertions.assertThat(page).contains("id=\"decisionStages\"", STAGES_TABLE, "Valmistelijan esitys (€)", "Sovitettu esitys (€)");

        payOut();
        assertPaid(second, "8000");
        assertPaid(first, "20000");
    }

    @Test
    void withoutAnAdjustmentTheBoardsChangeFollowsTheReviewersProposal() throws Exception {
        ProcessInstance call = driver.openCall(100000);
        String callCode = driver.callOf(call).getCode();
        ProcessInstance application = driver.startApplication(callCode, 12000);
        Instant reviewed = at(driver.callOf(call).getOpensAt().plus(Duration.ofHours(1)));
        driver.review(application, "maija", 10000);
        driver.moveClockTo(driver.callOf(call).getClosesAt());
        assertThat(call).isWaitingAt("recordBoardDecision").hasNotPassed("adjustProposal");

        Instant decided = at(driver.callOf(call).getClosesAt().plus(Duration.ofDays(5)));
        driver.decideOnBoard(call, Map.of("boardDecisionType", "WITH_CHANGES",
                "change1Application", application.getBusinessKey(), "change1Amount", 6000,
                "change1Reasoning", "Toimielin painotti ikääntyneiden toimintaa.",
                "boardReference", "Aluehallitus 5.3.2027 § 7", "boardDecidedOn", CallDriver.today()));
        fixtures.executeDueJobs();

        Assertions.assertThat(stagesOf(application)).extracting(DecisionStage::getKind, s -> s.getAmount().intValueExact(),
                        DecisionStage::getRecordedBy, DecisionStage::getRecordedAt, DecisionStage::getReasoning)
                .containsExactly(
                        tuple(Kind.REVIEW, 10000, "maija", reviewed, REVIEW_REASONING),
                        tuple(Kind.BOARD_CHANGE, 6000, "sanna", decided, "Toimielin painotti ikääntyneiden toimintaa."));
        Assertions.assertThat(application(application).getDecidedAmount()).isEqualByComparingTo("6000");
        Assertions.assertThat(plain(caseSummary.of(application(application).getId())))
                .contains("- Valmistelijan esitys 10 000,00 €: maija")
                .doesNotContain("Sovitettu esitys");
        Assertions.assertThat(stagesInCsv(callCode)).contains(List.of(application.getBusinessKey(),
                "Kajaanin Mielenterveysyhdistys ry", "12000,00", "10000,00", "maija", Messages.DATE_TIME.format(reviewed),
                "", "", "", "6000,00", "muutti esitystä", "sanna", Messages.DATE_TIME.format(decided)));
        payOut();
        assertPaid(application, "6000");
    }

    @Test
    void theBoardConfirmingTheProposalIsKeptAsItsOwnStage() throws Exception {
        ProcessInstance call = driver.openCall(100000);
        String callCode = driver.callOf(call).getCode();
        ProcessInstance application = driver.startApplication(callCode, 12000);
        Instant reviewed = at(driver.callOf(call).getOpensAt().plus(Duration.ofHours(1)));
        driver.review(application, "maija", 9000);
        driver.moveClockTo(driver.callOf(call).getClosesAt());

        Instant decided = at(driver.callOf(call).getClosesAt().plus(Duration.ofDays(4)));
        driver.decideOnBoard(call, Map.of("boardDecisionType", "AS_PROPOSED",
                "boardReference", "Aluehallitus 5.3.2027 § 8", "boardDecidedOn", CallDriver.today()));
        fixtures.executeDueJobs();

        Assertions.assertThat(stagesOf(application)).extracting(DecisionStage::getKind, s -> s.getAmount().intValueExact(),
                        DecisionStage::getRecordedBy, DecisionStage::getRecordedAt, DecisionStage::getReasoning)
                .containsExactly(
                        tuple(Kind.REVIEW, 9000, "maija", reviewed, REVIEW_REASONING),
                        tuple(Kind.BOARD_CONFIRMATION, 9000, "sanna", decided, REVIEW_REASONING));
        Assertions.assertThat(application(application).getDecidedAmount()).isEqualByComparingTo("9000");
        Assertions.assertThat(plain(caseSummary.of(application(application).getId()))).contains(
                "- Päätetty 9 000,00 € esityksen mukaisena (Aluehallitus 5.3.2027 § 8): kirjannut sanna, "
                        + Messages.DATE_TIME.format(decided) + ". Perustelu: " + REVIEW_REASONING);
        Assertions.assertThat(stagesInCsv(callCode)).contains(List.of(application.getBusinessKey(),
                "Kajaanin Mielenterveysyhdistys ry", "12000,00", "9000,00", "maija", Messages.DATE_TIME.format(reviewed),
                "", "", "", "9000,00", "esityksen mukaan", "sanna", Messages.DATE_TIME.format(decided)));
        payOut();
        assertPaid(application, "9000");
    }

    /**
     * The decisions become final and the payment batch runs. Passing the periods also leaves no decision of
     * this test waiting for another test's clock.
     */
    private void payOut() {
        fixtures.passRectificationPeriod();
        fixtures.runPaymentBatch(Map.of());
    }

    /** The payout still pays the application's current amount, and the instance waits for its use report. */
    private void assertPaid(ProcessInstance application, String amount) {
        assertThat(application).isWaitingAt("followUpReport");
        Assertions.assertThat(payments.findByCaseNumberOrderByInstalment(application.getBusinessKey()))
                .extracting(Payment::getAmount).singleElement().satisfies(paid -> Assertions.assertThat(paid).isEqualByComparingTo(amount));
    }

    /** Sets the engine clock to the moment (whole minutes) and answers it. */
    private static Instant at(Instant moment) {
        Instant minute = Instant.ofEpochSecond(moment.getEpochSecond() / 60 * 60);
        ClockUtil.setCurrentTime(Date.from(minute));
        return minute;
    }

    private List<DecisionStage> stagesOf(ProcessInstance application) {
        return stages.findByApplicationIdOrderByRecordedAtAscIdAsc(application(application).getId());
    }

    private GrantApplication application(ProcessInstance application) {
        return applications.findByApplicationNumber(application.getBusinessKey()).orElseThrow();
    }

    /** The header and rows of the stages table in the call's follow-up CSV. */
    private List<List<String>> stagesInCsv(String callCode) throws Exception {
        byte[] body = mvc.perform(get("/managers/reports.csv").param("call", callCode).session(MANAGER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> records;
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(body, 3, body.length - 3), StandardCharsets.UTF_8)) {
            records = CSVFormat.EXCEL.builder().setDelimiter(';').get().parse(reader).getRecords().stream()
                    .map(CSVRecord::toList).toList();
        }
        int title = records.indexOf(List.of(STAGES_TABLE));
        Assertions.assertThat(title).as("the stages table in the CSV").isNotNegative();
        List<List<String>> table = records.subList(title + 1, records.size());
        int end = table.indexOf(List.of(""));
        return end < 0 ? table : table.subList(0, end);
    }

    private String summaryOf(ProcessInstance call) {
        return plain(taskService.getVariableLocal(fixtures.task(call.getId()).getId(), Variables.CASE_SUMMARY).toString());
    }

    /** Finnish number formatting's non-breaking spaces made plain. */
    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
