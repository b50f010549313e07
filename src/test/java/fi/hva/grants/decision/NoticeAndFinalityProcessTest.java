package fi.hva.grants.decision;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.hva.grants.call.GrantCall;
import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.common.Now;
import fi.hva.grants.deadline.Deadlines;
import fi.hva.grants.deadline.NoticeChannel;
import fi.hva.grants.decision.letter.LetterKind;
import fi.hva.grants.grant.ApplicationFormFields;
import fi.hva.grants.grant.DecisionDispatch;
import fi.hva.grants.grant.GrantApplication;
import fi.hva.grants.grant.GrantApplicationRepository;
import fi.hva.grants.notification.SentMailRepository;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ProcessKeys;
import fi.hva.grants.process.ProcessTest;
import fi.hva.grants.process.Variables;
import fi.hva.grants.security.Groups;
import fi.hva.grants.security.TasklistSessions;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Service by post without consent to electronic notice, the county members' rectification period from the minutes'
 * publication, and rectification requests recorded by an officer (issue 15).
 */
@ProcessTest
class NoticeAndFinalityProcessTest {

    private static final String ADDRESS = "Kajaanin Mielenterveysyhdistys ry\nPL 100\n87100 KAJAANI";

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired FormService formService;
    @Autowired RepositoryService repositoryService;
    @Autowired HistoryService historyService;
    @Autowired ProcessFixtures fixtures;
    @Autowired GrantApplicationRepository applications;
    @Autowired DecisionDispatch decisionDispatch;
    @Autowired DecisionLetterRepository letters;
    @Autowired SentMailRepository mails;
    @Autowired RectificationRequestRepository requests;
    @Autowired Deadlines deadlines;
    @Autowired TransactionTemplate transactions;
    @Autowired MockMvc mvc;

    GrantCall call;

    @BeforeEach
    void setUp() {
        call = fixtures.openCall();
    }

    @Test
    void withoutConsentTheRegistryOfficePostsTheLetterAndThePeriodRunsFromThePostingDay() throws Exception {
        ProcessInstance application = decidedApplication(withoutConsent());
        ProcessInstance decision = decisionOf(application);

        assertThat(decision).isWaitingAt("postDecisionLetter").hasPassed("createDecisionLetter").hasNotPassed("sendDecisionLetter");
        assertThat(decision).task().hasCandidateGroup(Groups.REGISTRY_OFFICE);
        String summary = taskService.getVariableLocal(fixtures.task(decision.getId()).getId(), Variables.CASE_SUMMARY).toString();
        Assertions.assertThat(summary).contains("PL 100", "87100 KAJAANI", "/letters/");
        GrantApplication waiting = applicationOf(application);
        Assertions.assertThat(waiting.getNotifiedAt()).as("not served before it is posted").isNull();
        Assertions.assertThat(mails.findByApplicationIdOrderBySentAt(waiting.getId())).as("no e-mail without consent").isEmpty();

        // The registry office opens the letter it posts; another group, and a manager who only reads, cannot change it.
        Long letterId = letters.findByApplicationIdOrderByCreatedAt(waiting.getId()).get(0).getId();
        mvc.perform(get("/letters/" + letterId).session(TasklistSessions.of("riikka", Groups.REGISTRY_OFFICE)))
                .andExpect(status().isOk());
        mvc.perform(get("/letters/" + letterId).session(TasklistSessions.of("timo", Groups.PREMISES_SUPERVISORS)))
                .andExpect(status().isNotFound());
        assertThatThrownBy(() -> fixtures.complete(fixtures.task(decision.getId()), "johanna", Map.of("letterPostedOn", today().toString())))
                .as("the read-only manager cannot post").isNotInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> fixtures.complete(fixtures.task(decision.getId()), "riikka",
                Map.of("letterPostedOn", today().plusDays(1).toString())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Postituspäivä ei voi olla tulevaisuudessa");
        assertThatThrownBy(() -> fixtures.complete(fixtures.task(decision.getId()), "liisa", Map.of("letterPostedOn", today().toString())))
                .as("only the registry office works the print queue").isNotInstanceOf(InvalidInputException.class);
        fixtures.complete(fixtures.task(decision.getId()), "riikka", Map.of("letterPostedOn", today().toString()));

        assertThat(decision).isWaitingAt("rectificationGateway").hasPassed("recordDecisionPosting");
        GrantApplication posted = applicationOf(application);
        Assertions.assertThat(posted.getNoticeChannel()).isEqualTo(NoticeChannel.LETTER);
        Assertions.assertThat(posted.getDeemedReceivedOn()).isEqualTo(today().plusDays(7));
        Assertions.assertThat(posted.getRectificationDeadline()).isEqualTo(deadlines.rectificationDeadline(today().plusDays(7)));
        DecisionLetter letter = letters.findByApplicationIdOrderByCreatedAt(posted.getId()).get(0);
        Assertions.assertThat(letter.getPostedOn()).isEqualTo(today());
        Assertions.assertThat(letter.getPostedBy()).isEqualTo("riikka");
        Assertions.assertThat(letter.getPostedTo()).isEqualTo(ADDRESS);
        Assertions.assertThat(mails.findByApplicationIdOrderBySentAt(posted.getId())).isEmpty();
    }

    @Test
    void theDecisionOnARequestIsPostedTooWithoutConsent() {
        ProcessInstance application = decidedApplication(withoutConsent());
        ProcessInstance decision = decisionOf(application);
        fixtures.complete(fixtures.task(decision.getId()), "riikka", Map.of("letterPostedOn", today().toString()));
        record("riikka", request("APPLICANT", null, "POST", today(), "Vaadimme oikaisua."), application);
        fixtures.complete(fixtures.task(decision.getId()), "sanna", Map.of("rectificationOutcome", "UPHELD",
                "rectificationReasoning", "Päätös perustuu kriteereihin.", "rectificationReference", "Aluehallitus § 41",
                "rectificationDecidedOn", today().toString()));
        fixtures.executeDueJobs();

        assertThat(decision).isWaitingAt("postRectificationLetter").hasNotPassed("sendRectificationLetter");
        fixtures.complete(fixtures.task(decision.getId()), "riikka", Map.of("letterPostedOn", today().toString()));

        assertThat(decision).isWaitingAt("appealPeriodEnded").hasPassed("recordRectificationPosting", "rectificationHandled");
        RectificationRequest decided = requests.findByApplicationIdOrderByReceivedAt(applicationOf(application).getId()).get(0);
        Assertions.assertThat(decided.getAppealDeadline()).isEqualTo(deadlines.appealDeadline(today().plusDays(7)));
        Assertions.assertThat(letters.findByApplicationIdOrderByCreatedAt(applicationOf(application).getId()))
                .extracting(DecisionLetter::getKind, DecisionLetter::getPostedOn)
                .containsExactly(Assertions.tuple(LetterKind.DECISION, today()), Assertions.tuple(LetterKind.RECTIFICATION_DECISION, today()));
    }

    @Test
    void minutesPublishedEarlyLeadStraightToTheMembersPeriodAndAMembersRequestInTimeIsExamined() {
        ProcessInstance application = decidedApplication(ProcessFixtures.application(call.getCode()));
        ProcessInstance decision = decisionOf(application);
        fixtures.publishMinutesOfDecisionsSent();
        Assertions.assertThat(minutesPublishedOn(application)).isEqualTo(today());

        fixtures.moveClockPast(java.util.Date.from(applicationOf(application).getRectificationDeadline().plusDays(1)
                .atStartOfDay(Now.HELSINKI).toInstant()));
        fixtures.executeDueJobs();
        assertThat(decision).isWaitingAt("membersGateway").hasPassed("rectificationPeriodEnded").hasNotPassed("minutesPublished");

        LocalDate lastDay = deadlines.membersRectificationDeadline(minutesPublishedOn(application));
        Assertions.assertThat(lastDay).isAfterOrEqualTo(today());
        record("riikka", request("COUNTY_MEMBER", "Matti Meikäläinen", "REGISTRY_OFFICE", today(),
                "Avustus on liian suuri."), application);

        assertThat(decision).isWaitingAt("recordRectificationDecision").hasPassed("membersRectificationRequested");
        Assertions.assertThat(taskService.getVariableLocal(fixtures.task(decision.getId()).getId(), Variables.CASE_SUMMARY).toString())
                .contains("hyvinvointialueen jäsen Matti Meikäläinen, kirjaamoon", "Pöytäkirja julkaistu yleisessä tietoverkossa");
        RectificationRequest recorded = requests.findByApplicationIdOrderByReceivedAt(applicationOf(application).getId()).get(0);
        Assertions.assertThat(recorded.isInTime()).isTrue();
        Assertions.assertThat(recorded.getRequesterKind()).isEqualTo(RequestOrigin.Requester.COUNTY_MEMBER);
        Assertions.assertThat(recorded.getRequesterName()).isEqualTo("Matti Meikäläinen");
        Assertions.assertThat(recorded.getReceivedChannel()).isEqualTo(RequestOrigin.Channel.REGISTRY_OFFICE);
        Assertions.assertThat(recorded.getRecordedBy()).isEqualTo("riikka");
        Assertions.assertThat(recorded.getTarget()).isEqualTo(RectificationTarget.GRANT_DECISION);
    }

    @Test
    void aMembersRequestWhileTheMinutesAreAwaitedIsInTime() {
        ProcessInstance application = decidedApplication(ProcessFixtures.application(call.getCode()));
        ProcessInstance decision = decisionOf(application);
        LocalDate dayAfter = applicationOf(application).getRectificationDeadline().plusDays(1);
        fixtures.moveClockPast(java.util.Date.from(dayAfter.atStartOfDay(Now.HELSINKI).toInstant()));
        fixtures.executeDueJobs();
        assertThat(decision).isWaitingAt("minutesWaitGateway");

        record("riikka", request("COUNTY_MEMBER", "Matti Meikäläinen", "POST", today(), "Päätös on virheellinen."), application);

        assertThat(decision).isWaitingAt("recordRectificationDecision").hasPassed("rectificationRequestedBeforeMinutes")
                .hasNotPassed("minutesPublished");
        Assertions.assertThat(requests.findByApplicationIdOrderByReceivedAt(applicationOf(application).getId()))
                .singleElement().satisfies(request -> Assertions.assertThat(request.isInTime()).isTrue());
    }

    @Test
    void aRequestThatCameByPostInTimeGoesToTheDecisionBody() {
        ProcessInstance application = decidedApplication(ProcessFixtures.application(call.getCode()));
        ProcessInstance decision = decisionOf(application);

        record("liisa", request("APPLICANT", null, "POST", today(), "Pyydämme oikaisua päätökseen."), application);

        assertThat(decision).isWaitingAt("recordRectificationDecision").hasPassed("rectificationRequested");
        Assertions.assertThat(taskService.getVariableLocal(fixtures.task(decision.getId()).getId(), Variables.CASE_SUMMARY).toString())
                .contains("Pyydämme oikaisua päätökseen.", "odottaa käsittelyä; avustuspäätökseen, hakija, postitse");
        RectificationRequest recorded = requests.findByApplicationIdOrderByReceivedAt(applicationOf(application).getId()).get(0);
        Assertions.assertThat(recorded.getReceivedAt()).isEqualTo(today().atStartOfDay(Now.HELSINKI).toInstant());
        Assertions.assertThat(recorded.getReceivedChannel()).isEqualTo(RequestOrigin.Channel.POST);
        Assertions.assertThat(recorded.getRecordedBy()).isEqualTo("liisa");
    }

    @Test
    void lateRequestsOfTheApplicantAndOfAMemberAreKeptAndNotExamined() {
        ProcessInstance application = decidedApplication(ProcessFixtures.application(call.getCode()));
        GrantApplication sent = applicationOf(application);
        fixtures.publishMinutesOfDecisionsSent();
        LocalDate membersLastDay = deadlines.membersRectificationDeadline(minutesPublishedOn(application));
        ProcessInstance decision = decisionOf(application);

        // Came by post on the day after the applicant's last day, while the members' period still runs.
        LocalDate dayAfter = sent.getRectificationDeadline().plusDays(1);
        fixtures.moveClockPast(java.util.Date.from(dayAfter.atStartOfDay(Now.HELSINKI).toInstant()));
        fixtures.executeDueJobs();
        record("riikka", request("APPLICANT", null, "POST", dayAfter, "Myöhästynyt vaatimus."), application);
        assertThat(decision).isNotEnded().hasNotPassed("recordRectificationDecision");

        fixtures.moveClockPast(java.util.Date.from(membersLastDay.plusDays(1).atStartOfDay(Now.HELSINKI).toInstant()));
        fixtures.executeDueJobs();
        record("riikka", request("COUNTY_MEMBER", "Maija Jäsen", "EMAIL", membersLastDay.plusDays(1), "Myöhässä."), application);

        assertThat(decision).isEnded().hasPassed("membersPeriodEnded", "decisionFinal").hasNotPassed("recordRectificationDecision");
        Assertions.assertThat(requests.findByApplicationIdOrderByReceivedAt(sent.getId()))
                .extracting(RectificationRequest::isInTime, RectificationRequest::getStatus, RectificationRequest::getRequesterKind)
                .containsExactly(Assertions.tuple(false, RectificationRequest.Status.NOT_EXAMINED, RequestOrigin.Requester.APPLICANT),
                        Assertions.tuple(false, RectificationRequest.Status.NOT_EXAMINED, RequestOrigin.Requester.COUNTY_MEMBER));
    }

    @Test
    void anIncompleteRecordingIsRefusedAndRecordsNothing() {
        ProcessInstance application = decidedApplication(ProcessFixtures.application(call.getCode()));
        long requestsBefore = requests.count();
        long recordsBefore = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.RECTIFICATION_REQUEST_PROCESS).count();

        assertThatThrownBy(() -> record("riikka", request("COUNTY_MEMBER", " ", "POST", today(), "Vaatimus."), application))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("jäsenen nimi");
        assertThatThrownBy(() -> record("riikka", request("APPLICANT", null, "POST", today().plusDays(1), "Vaatimus."), application))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ei ole tulevaisuudessa");
        Map<String, Object> noTarget = request("APPLICANT", null, "POST", today(), "Vaatimus.");
        noTarget.remove("rectificationTarget");
        assertThatThrownBy(() -> record("riikka", noTarget, application))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("avustuspäätökseen vai takaisinperintäpäätökseen");
        Map<String, Object> unknown = request("APPLICANT", null, "POST", today(), "Vaatimus.");
        unknown.put("applicationNumber", "TA-1999-0001");
        assertThatThrownBy(() -> fixtures.as("riikka", () -> formService.submitStartForm(definitionId(), unknown)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("TA-1999-0001");
        assertThatThrownBy(() -> fixtures.as("sanna", () -> formService.submitStartForm(definitionId(),
                request("APPLICANT", null, "POST", today(), "Vaatimus."))))
                .as("the board secretary does not record requests").isNotInstanceOf(InvalidInputException.class);
        for (String other : new String[] {"johanna", "timo"}) {
            Map<String, Object> form = request("APPLICANT", null, "POST", today(), "Vaatimus.");
            form.put("applicationNumber", application.getBusinessKey());
            assertThatThrownBy(() -> fixtures.as(other, () -> formService.submitStartForm(definitionId(), form)))
                    .as(other + " does not record requests").isNotInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() -> publishAs("johanna", Map.of("minutesCallCode", call.getCode(), "minutesPublishedOn", today().toString())))
                .as("the read-only manager does not record the minutes").isNotInstanceOf(InvalidInputException.class);

        Assertions.assertThat(requests.count()).isEqualTo(requestsBefore);
        Assertions.assertThat(historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.RECTIFICATION_REQUEST_PROCESS).count()).isEqualTo(recordsBefore);
    }

    @Test
    void minutesPublicationNeedsOneDecisionAndAPossibleDay() {
        ProcessInstance application = decidedApplication(ProcessFixtures.application(call.getCode()));

        assertThatThrownBy(() -> publish(Map.of("minutesCallCode", call.getCode(), "minutesApplicationNumber",
                application.getBusinessKey(), "minutesPublishedOn", today().toString())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ei molempia");
        assertThatThrownBy(() -> publish(Map.of("minutesCallCode", call.getCode(), "minutesPublishedOn", today().toString())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ei ole vielä päätetty");
        assertThatThrownBy(() -> publish(Map.of("minutesApplicationNumber", application.getBusinessKey(),
                "minutesPublishedOn", today().toString())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ei ole tehty erillistä päätöstä");
        Assertions.assertThat(minutesPublishedOn(application)).isNull();
    }

    private void publish(Map<String, Object> form) {
        publishAs("sanna", form);
    }

    private void publishAs(String officer, Map<String, Object> form) {
        String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(ProcessKeys.MINUTES_PUBLICATION_PROCESS)
                .latestVersion().singleResult().getId();
        fixtures.as(officer, () -> formService.submitStartForm(definitionId, form));
    }

    private void record(String officer, Map<String, Object> form, ProcessInstance application) {
        form.put("applicationNumber", application.getBusinessKey());
        fixtures.as(officer, () -> formService.submitStartForm(definitionId(), form));
    }

    private String definitionId() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(ProcessKeys.RECTIFICATION_REQUEST_PROCESS)
                .latestVersion().singleResult().getId();
    }

    private static Map<String, Object> request(String requester, String name, String channel, LocalDate receivedOn, String content) {
        Map<String, Object> form = new HashMap<>();
        form.put("rectificationTarget", "GRANT_DECISION");
        form.put("requesterKind", requester);
        if (name != null) {
            form.put("requesterName", name);
        }
        form.put("receivedChannel", channel);
        form.put("requestReceivedOn", receivedOn.toString());
        form.put("requestContent", content);
        return form;
    }

    private Map<String, Object> withoutConsent() {
        Map<String, Object> form = ProcessFixtures.application(call.getCode());
        form.put(ApplicationFormFields.ELECTRONIC_NOTICE_CONSENT, false);
        form.put(ApplicationFormFields.POSTAL_ADDRESS, ADDRESS);
        return form;
    }

    private ProcessInstance decidedApplication(Map<String, Object> form) {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(ProcessKeys.APPLICATION_PROCESS, form);
        fixtures.executeDueJobs();
        fixtures.complete(fixtures.task(instance.getId()), "maija", ProcessFixtures.scoredReview(9000));
        fixtures.executeDueJobs();
        decisionDispatch.dispatch(applicationOf(instance).getId());
        fixtures.executeDueJobs();
        assertThat(instance).isWaitingAt("noticeDecision");
        return instance;
    }

    private ProcessInstance decisionOf(ProcessInstance application) {
        return runtimeService.createProcessInstanceQuery().superProcessInstanceId(application.getId())
                .processDefinitionKey(ProcessKeys.DECISION_PROCESS).singleResult();
    }

    private GrantApplication applicationOf(ProcessInstance instance) {
        return applications.findByApplicationNumber(instance.getBusinessKey()).orElseThrow();
    }

    private LocalDate minutesPublishedOn(ProcessInstance application) {
        return transactions.execute(status -> applicationOf(application).minutesPublishedOn());
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(Now.instant(), Now.HELSINKI);
    }
}
