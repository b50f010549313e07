package fi.hva.grants.grant;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fi.hva.grants.call.GrantCall;
import fi.hva.grants.call.GrantCallRepository;
import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.common.Now;
import fi.hva.grants.lahella.ListingReason;
import fi.hva.grants.lahella.ListingResult;
import fi.hva.grants.lahella.ListingStatus;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ProcessKeys;
import fi.hva.grants.process.ProcessTest;
import fi.hva.grants.process.ScriptedListingCheck;
import fi.hva.grants.process.Variables;
import fi.hva.grants.security.Groups;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@ProcessTest
class ApplicationProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired AuthorizationService authorizationService;
    @Autowired ProcessFixtures fixtures;
    @Autowired GrantApplicationRepository applications;
    @Autowired GrantCallRepository calls;
    @Autowired InfoRequestRepository infoRequests;
    @Autowired DecisionDispatch decisionDispatch;
    @Autowired TransactionTemplate tx;
    @Autowired FormService formService;
    @Autowired fi.hva.grants.notification.SentMailRepository mails;

    GrantCall call;

    @BeforeEach
    void setUp() {
        call = fixtures.openCall();
    }

    @Test
    void validApplicationIsStoredAndRoutedToTheServiceAreaByTheDmnTable() {
        ProcessInstance instance = start(ProcessFixtures.application(call.getCode()));

        assertThat(instance).isWaitingAt("reviewApplication").hasPassed("checkListing", "routeReview", "recordRouting");
        GrantApplication application = applicationOf(instance);
        Assertions.assertThat(instance.getBusinessKey()).isEqualTo(application.getApplicationNumber()).matches("TA-\\d{4}-\\d{4}");
        Assertions.assertThat(application.getStatus()).isEqualTo(ApplicationStatus.IN_REVIEW);
        Assertions.assertThat(application.getReviewerGroup()).isEqualTo(Groups.AREA_MENTAL_HEALTH);
        Assertions.assertThat(application.getListingStatus()).isEqualTo(ListingStatus.LISTED);
        Assertions.assertThat(application.getListingUrl()).isEqualTo("https://www.lahella.fi/jarjestot/0201256-6");
        Assertions.assertThat(application.getIban()).isEqualTo("FI2112345600000785");
        Assertions.assertThat(application.getMunicipalActivity()).isFalse();
        assertThat(instance).task().hasCandidateGroup(Groups.AREA_MENTAL_HEALTH);
        Assertions.assertThat(runtimeService.getVariables(instance.getId()).keySet())
                .doesNotContainAnyElementsOf(ApplicationFormFields.ALL)
                .contains(Variables.APPLICATION_ID, Variables.LATE_SUBMISSION, Variables.LISTING_STATUS,
                        Variables.REVIEWER_GROUP, Variables.MUNICIPAL_ACTIVITY);
        // The history level records process state only: the contact person's details stay in our own table.
        Assertions.assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                        .list()).extracting(HistoricVariableInstance::getName)
                .doesNotContainAnyElementsOf(ApplicationFormFields.ALL).doesNotContain(Variables.CASE_SUMMARY)
                .contains(Variables.APPLICATION_ID, Variables.REVIEWER_GROUP);
    }

    @Test
    void municipalActivityIsFlaggedAndTargetGroupRoutesTheReview() {
        Map<String, Object> form = ProcessFixtures.application(call.getCode());
        form.put("contentArea", "EVERYDAY_FUNCTIONING");
        form.put("targetGroup", "ELDERLY");
        form.put("activityType", "SPORTS");

        ProcessInstance instance = start(form);

        GrantApplication application = applicationOf(instance);
        Assertions.assertThat(application.getMunicipalActivity()).isTrue();
        Assertions.assertThat(application.getReviewerGroup()).isEqualTo(Groups.AREA_ELDERLY);
        Assertions.assertThat(taskService.getVariableLocal(fixtures.task(instance.getId()).getId(), Variables.CASE_SUMMARY).toString())
                .contains("kuuluu kuntien ja hyvinvointialueen työnjaossa kunnalle");
    }

    @Test
    void invalidApplicationIsRefusedWithFinnishMessagesAndCreatesNothing() {
        Map<String, Object> form = ProcessFixtures.application(call.getCode());
        form.put("businessId", "1234567-2");
        form.put("iban", "FI21 1234 5600 0007 86");
        form.put("requestedAmount", 25000);
        form.put("contentArea", "CULTURAL_WELLBEING");
        form.remove("activityName");
        long applicationsBefore = applications.count();
        long instancesBefore = runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.APPLICATION_PROCESS).count();

        assertThatThrownBy(() -> fixtures.startApplication(form))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Toiminnan nimi on pakollinen tieto.")
                .hasMessageContaining("Y-tunnus 1234567-2 ei ole kelvollinen")
                .hasMessageContaining("ei ole kelvollinen IBAN-tilinumero");

        form.put("businessId", "0201256-6");
        form.put("iban", ProcessFixtures.VALID_IBAN);
        form.put("activityName", "Vertaistuki");
        assertThatThrownBy(() -> fixtures.startApplication(form))
                .hasMessageContaining("ylittää haun enimmäisavustuksen")
                .hasMessageContaining("ei kuulu haun " + call.getCode() + " sisältöalueisiin");

        Assertions.assertThat(applications.count()).isEqualTo(applicationsBefore);
        // Other tests of this shared engine leave their applications where they stopped: none was added here.
        Assertions.assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.APPLICATION_PROCESS).count())
                .isEqualTo(instancesBefore);
    }

    @Test
    void unknownCallIsRefused() {
        assertThatThrownBy(() -> fixtures.startApplication(ProcessFixtures.application("TA-1999")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Hakua tunnuksella TA-1999 ei löydy.");
    }

    @Test
    void undecidedListingGoesToTheOfficerWhoMustGiveTheListingAddress() {
        ScriptedListingCheck.answer(ListingResult.undecided(ListingReason.SEVERAL_MATCHES));
        ProcessInstance instance = start(ProcessFixtures.application(call.getCode()));
        assertThat(instance).isWaitingAt("checkListingManually").task().hasCandidateGroup(Groups.LIAISON_OFFICERS);
        Task task = fixtures.task(instance.getId());
        Assertions.assertThat(taskService.getVariableLocal(task.getId(), Variables.CASE_SUMMARY).toString())
                .contains("Lähellä.fi-haku löysi useita mahdollisia yhdistyksiä; tarkista käsin.");

        assertThatThrownBy(() -> fixtures.complete(task, "liisa", Map.of("listingResult", "LISTED")))
                .hasMessageContaining("Anna yhdistyksen listauksen verkko-osoite");
        assertThat(instance).isWaitingAt("checkListingManually");

        fixtures.complete(task, "liisa", Map.of("listingResult", "LISTED", "listingUrl", "https://www.lahella.fi/yhdistys/42"));
        fixtures.executeDueJobs();

        assertThat(instance).isWaitingAt("reviewApplication").hasPassed("checkListingManually");
        GrantApplication application = applicationOf(instance);
        Assertions.assertThat(application.getListingStatus()).isEqualTo(ListingStatus.LISTED);
        Assertions.assertThat(application.getListingUrl()).isEqualTo("https://www.lahella.fi/yhdistys/42");
        Assertions.assertThat(application.getListingCheckedBy()).isEqualTo("liisa");
        Assertions.assertThat(runtimeService.getVariable(instance.getId(), "listingUrl")).isNull();
    }

    @Test
    void listingServiceOutageBecomesAnIncidentAndRecoversWithARetry() {
        ScriptedListingCheck.down();
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(ProcessKeys.APPLICATION_PROCESS,
                ProcessFixtures.application(call.getCode()));
        Job job = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();

        for (int attempt = 0; attempt < 5; attempt++) {
            Job current = managementService.createJobQuery().jobId(job.getId()).singleResult();
            assertThatThrownBy(() -> managementService.executeJob(current.getId())).hasMessageContaining("down");
        }

        Job exhausted = managementService.createJobQuery().jobId(job.getId()).singleResult();
        Assertions.assertThat(exhausted.getRetries()).isZero();
        Assertions.assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
        Assertions.assertThat(applicationOf(instance).getStatus()).isEqualTo(ApplicationStatus.RECEIVED);

        ScriptedListingCheck.answer(ListingResult.notListed());
        managementService.setJobRetries(job.getId(), 1);
        managementService.executeJob(job.getId());
        fixtures.executeDueJobsOf(instance.getId());

        assertThat(instance).isWaitingAt("reviewApplication");
        Assertions.assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
        Assertions.assertThat(applicationOf(instance).getListingStatus()).isEqualTo(ListingStatus.NOT_LISTED);
    }

    @Test
    void reviewWaitingPastItsThirtyDaysIsReportedToTheManagers() {
        var identity = engine.getIdentityService();
        if (identity.createUserQuery().userId("managersla").count() == 0) {
            var manager = identity.newUser("managersla");
            manager.setEmail("johto@example.fi");
            identity.saveUser(manager);
            identity.createMembership("managersla", Groups.MANAGERS);
        }
        ProcessInstance instance = start(ProcessFixtures.application(call.getCode()));

        ClockUtil.setCurrentTime(Date.from(Now.instant().plus(Duration.ofDays(31))));
        fixtures.executeDueJobs();

        assertThat(instance).hasPassed("reviewOverdue", "notifyReviewOverdue", "reviewOverdueNotified").isWaitingAt("reviewApplication");
        Assertions.assertThat(mails.findByApplicationIdOrderBySentAt(applicationOf(instance).getId()))
                .extracting(fi.hva.grants.notification.SentMail::getRecipient, fi.hva.grants.notification.SentMail::getSubject)
                .contains(org.assertj.core.groups.Tuple.tuple("johto@example.fi", "Arviointi myöhässä: hakemus " + instance.getBusinessKey()));
    }

    @Test
    void incompleteReviewIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance instance = start(ProcessFixtures.application(call.getCode()));
        Task task = fixtures.task(instance.getId());
        Map<String, Object> review = ProcessFixtures.scoredReview(13000);
        review.put("score1", 9);
        review.remove("score2");
        review.put("reviewReasoning", " ");

        assertThatThrownBy(() -> fixtures.complete(task, "maija", review))
                .hasMessageContaining("Anna kriteerille Kiinnittyminen tehtäviin pisteet väliltä 0–5.")
                .hasMessageContaining("Anna kriteerille Talousarvio pisteet")
                .hasMessageContaining("ylittää haetun summan")
                .hasMessageContaining("Kirjoita esityksen perustelut.");
        assertThatThrownBy(() -> fixtures.complete(fixtures.task(instance.getId()), "maija", Map.of()))
                .hasMessage("Valitse arvion tulos: arvioitu, täydennyspyyntö tai esteellisyys.");

        assertThat(instance).isWaitingAt("reviewApplication");
        Assertions.assertThat(applicationOf(instance).getStatus()).isEqualTo(ApplicationStatus.IN_REVIEW);
    }

    @Test
    void scoredReviewIsStoredAndTheApplicationWaitsForTheBoard() {
        ProcessInstance instance = start(ProcessFixtures.application(call.getCode()));
        Task task = fixtures.task(instance.getId());
        Assertions.assertThat(taskService.getVariableLocal(task.getId(), "criterion2").toString()).isEqualTo("Talousarvio");
        Assertions.assertThat(taskService.getVariableLocal(task.getId(), "criterion2Weight")).isEqualTo(40);

        fixtures.complete(task, "maija", ProcessFixtures.scoredReview(10000));
        assertThat(instance).isWaitingAt("reportReviewed");
        fixtures.executeDueJobs();

        assertThat(instance).isWaitingAt("awaitBoardDecision").hasPassed("reportReviewed");
        GrantApplication application = applicationOf(instance);
        Assertions.assertThat(application.getStatus()).isEqualTo(ApplicationStatus.REVIEWED);
        Assertions.assertThat(application.getReviewedBy()).isEqualTo("maija");
        Assertions.assertThat(application.getProposedAmount()).isEqualByComparingTo("10000");
        Assertions.assertThat(application.getTotalScore()).isEqualByComparingTo("3.60");
        Integer scoreRows = tx.execute(status -> applicationOf(instance).getScores().size());
        Assertions.assertThat(scoreRows).isEqualTo(2);
        Assertions.assertThat(runtimeService.getVariables(instance.getId()).keySet())
                .doesNotContain("score1", "score2", "proposedAmount", "reviewReasoning", "infoDeadline");
        Assertions.assertThat(runtimeService.getVariable(instance.getId(), Variables.REVIEW_OUTCOME)).isEqualTo("SCORED");
    }

    @Test
    void disqualifiedReviewerIsKeptAwayAndTheDeputiesGetTheTask() {
        ProcessInstance instance = start(ProcessFixtures.application(call.getCode()));
        Task first = fixtures.task(instance.getId());
        assertThatThrownBy(() -> fixtures.complete(first, "maija", Map.of("reviewOutcome", "DISQUALIFIED")))
                .hasMessageContaining("esteellisyyden peruste");
        fixtures.as("maija", () -> taskService.setAssignee(first.getId(), null));

        fixtures.complete(first, "maija", Map.of("reviewOutcome", "DISQUALIFIED",
                "disqualificationReason", "Olen yhdistyksen hallituksen jäsen."));

        assertThat(instance).isWaitingAt("reviewApplication");
        Task second = fixtures.task(instance.getId());
        Assertions.assertThat(second.getId()).isNotEqualTo(first.getId());
        Assertions.assertThat(taskService.getIdentityLinksForTask(second.getId()).stream().map(IdentityLink::getGroupId))
                .contains(Groups.AREA_MENTAL_HEALTH, Groups.LIAISON_DEPUTIES);
        Authorization revoke = authorizationService.createAuthorizationQuery()
                .resourceType(Resources.TASK).resourceId(second.getId()).userIdIn("maija").singleResult();
        Assertions.assertThat(revoke.getAuthorizationType()).isEqualTo(Authorization.AUTH_TYPE_REVOKE);
        assertThatThrownBy(() -> fixtures.as("ville", () -> taskService.claim(second.getId(), "maija")))
                .isInstanceOf(BadUserRequestException.class).hasCauseInstanceOf(InvalidInputException.class)
                .hasMessageContaining("maija on ilmoittanut olevansa esteellinen");
        assertThatThrownBy(() -> fixtures.as("ville", () -> taskService.setAssignee(second.getId(), "maija")))
                .isInstanceOf(BadUserRequestException.class).hasCauseInstanceOf(InvalidInputException.class)
                .hasMessageContaining("maija on ilmoittanut olevansa esteellinen");
        Assertions.assertThat(taskService.createTaskQuery().taskId(second.getId()).singleResult().getAssignee()).isNull();

        fixtures.complete(second, "ville", ProcessFixtures.scoredReview(9000));
        Assertions.assertThat(applicationOf(instance).getReviewedBy()).isEqualTo("ville");
    }

    @Test
    void additionalInformationArrivesAndTheReviewContinues() {
        ProcessInstance instance = start(ProcessFixtures.application(call.getCode()));
        requestInformation(instance);
        assertThat(instance).isWaitingAt("infoGateway");
        Assertions.assertThat(applicationOf(instance).getStatus()).isEqualTo(ApplicationStatus.AWAITING_INFO);

        runtimeService.createMessageCorrelation(ProcessKeys.MESSAGE_INFO_RECEIVED)
                .processInstanceBusinessKey(instance.getBusinessKey())
                .setVariable(Variables.INFO_ANSWER, "Talousarvio liitteenä.")
                .correlate();

        assertThat(instance).isWaitingAt("reviewApplication").hasPassed("recordInfoAnswer");
        InfoRequest request = infoRequests.findByApplicationIdOrderByRequestedAt(applicationOf(instance).getId()).get(0);
        Assertions.assertThat(request.getStatus()).isEqualTo(InfoRequest.Status.ANSWERED);
        Assertions.assertThat(request.getAnswer()).isEqualTo("Talousarvio liitteenä.");
        Assertions.assertThat(applicationOf(instance).getStatus()).isEqualTo(ApplicationStatus.IN_REVIEW);
        Assertions.assertThat(runtimeService.getVariable(instance.getId(), Variables.INFO_ANSWER)).isNull();
        Assertions.assertThat(taskService.getVariableLocal(fixtures.task(instance.getId()).getId(), Variables.CASE_SUMMARY).toString())
                .contains("Talousarvio liitteenä.");
    }

    @Test
    void unansweredRequestExpiresAtTheEndOfTheDeadlineDay() {
        ProcessInstance instance = start(ProcessFixtures.application(call.getCode()));
        requestInformation(instance);
        Job timer = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        InfoRequest request = infoRequests.findByApplicationIdOrderByRequestedAt(applicationOf(instance).getId()).get(0);
        Assertions.assertThat(timer.getDuedate().toInstant()).isEqualTo(request.getDeadline());

        ClockUtil.setCurrentTime(Date.from(request.getDeadline().plus(Duration.ofMinutes(1))));
        fixtures.executeDueJobs();

        assertThat(instance).isWaitingAt("reviewApplication").hasPassed("infoDeadlinePassed", "recordInfoExpiry");
        Assertions.assertThat(infoRequests.findById(request.getId()).orElseThrow().getStatus()).isEqualTo(InfoRequest.Status.EXPIRED);
    }

    @Test
    void requestWithoutQuestionOrWithPastDeadlineIsRefused() {
        ProcessInstance instance = start(ProcessFixtures.application(call.getCode()));
        long requestsBefore = infoRequests.count();
        assertThatThrownBy(() -> fixtures.complete(fixtures.task(instance.getId()), "maija",
                Map.of("reviewOutcome", "NEEDS_INFO", "infoDeadline", "2000-01-01")))
                .hasMessageContaining("Kirjoita, mitä tietoja hakijalta pyydetään.")
                .hasMessageContaining("määräpäivän on oltava tulevaisuudessa");
        Assertions.assertThat(infoRequests.count()).isEqualTo(requestsBefore);
        assertThat(instance).isWaitingAt("reviewApplication");
    }

    /** The board's decision sends the letter; once final, a grant goes to payout and a decline ends the case. */
    @ParameterizedTest
    @CsvSource({"12000, GRANTED, 12000", "5000, PARTLY_GRANTED, 5000", "0, DECLINED, 0"})
    void boardDecisionIsNotifiedAndThenPaidOrClosed(int proposed, DecisionOutcome outcome, String decidedAmount) {
        ProcessInstance instance = reviewedApplication(proposed);
        decisionDispatch.dispatch(applicationOf(instance).getId());
        fixtures.executeDueJobs();
        assertThat(instance).isWaitingAt("noticeDecision");
        fixtures.passRectificationPeriod();
        fixtures.runPaymentBatch(Map.of());

        if (outcome.isGranted()) {
            assertThat(instance).isWaitingAt("followUpReport").hasPassed("payGrant");
        } else {
            assertThat(instance).isEnded().hasPassed("grantDeclined").hasNotPassed("payGrant");
        }
        GrantApplication application = applicationOf(instance);
        Assertions.assertThat(application.getDecisionOutcome()).isEqualTo(outcome);
        Assertions.assertThat(application.getDecidedAmount()).isEqualByComparingTo(decidedAmount);
    }

    @Test
    void lateApplicationIsRecordedAndDecidedAsNotExamined() {
        ClockUtil.setCurrentTime(Date.from(call.getClosesAt().plus(Duration.ofMinutes(1))));
        ProcessInstance instance = start(ProcessFixtures.application(call.getCode()));

        assertThat(instance).isWaitingAt("awaitBoardDecision").hasNotPassed("checkListing");
        GrantApplication application = applicationOf(instance);
        Assertions.assertThat(application.isLate()).isTrue();
        Assertions.assertThat(application.getStatus()).isEqualTo(ApplicationStatus.LATE);

        decisionDispatch.dispatch(application.getId());
        fixtures.executeDueJobs();
        fixtures.passRectificationPeriod();

        assertThat(instance).isEnded().hasPassed("noticeDecision", "applicationNotExamined");
        Assertions.assertThat(applicationOf(instance).getDecisionOutcome()).isEqualTo(DecisionOutcome.NOT_EXAMINED);
        Assertions.assertThat(applicationOf(instance).getDecidedAmount()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void lateApplicationAfterTheCallWasDecidedGetsADecisionOfItsOwn() {
        tx.executeWithoutResult(status -> calls.findById(call.getId()).orElseThrow()
                .recordBoardDecision("Aluehallitus 12.2.2027 § 18", LocalDate.ofInstant(call.getClosesAt(), Now.HELSINKI)));
        ClockUtil.setCurrentTime(Date.from(call.getClosesAt().plus(Duration.ofDays(10))));
        ProcessInstance instance = start(ProcessFixtures.application(call.getCode()));

        assertThat(instance).isWaitingAt("recordLateDecision").hasPassed("callDecidedGateway").hasNotPassed("awaitBoardDecision");
        assertThat(instance).task().hasCandidateGroup(Groups.BOARD_SECRETARIES);
        Assertions.assertThat(runtimeService.getVariable(instance.getId(), Variables.ARRIVED_AFTER_CALL_DECISION)).isEqualTo(true);

        Task task = fixtures.task(instance.getId());
        Assertions.assertThat(taskService.getVariableLocal(task.getId(), Variables.CASE_SUMMARY).toString())
                .contains(instance.getBusinessKey());
        LocalDate today = LocalDate.ofInstant(Now.instant(), Now.HELSINKI);
        assertThatThrownBy(() -> fixtures.complete(task, "sanna", Map.of("lateDecidedOn", today.toString())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("pöytäkirjan pykälä");
        assertThat(instance).isWaitingAt("recordLateDecision");
        Assertions.assertThat(applicationOf(instance).getDecisionOutcome()).isNull();

        fixtures.complete(fixtures.task(instance.getId()), "sanna",
                Map.of("lateDecisionReference", "Aluehallitus 12.3.2027 § 31", "lateDecidedOn", today.toString()));
        fixtures.executeDueJobs();
        fixtures.passRectificationPeriod();

        assertThat(instance).isEnded().hasPassed("saveLateDecision", "noticeMerge", "noticeDecision", "applicationNotExamined");
        GrantApplication decided = applicationOf(instance);
        Assertions.assertThat(decided.getDecisionOutcome()).isEqualTo(DecisionOutcome.NOT_EXAMINED);
        Assertions.assertThat(decided.decisionReference()).isEqualTo("Aluehallitus 12.3.2027 § 31");
        Assertions.assertThat(decided.decidedOn()).isEqualTo(today);
        Assertions.assertThat(decided.getNotifiedAt()).isNotNull();
    }

    @Test
    void paperApplicationCountsFromTheDayItWasReceived() {
        Map<String, Object> form = ProcessFixtures.application(call.getCode());
        form.remove("channel");
        form.put("receivedOn", call.getClosesAt().atZone(Now.HELSINKI).toLocalDate().plusDays(1).toString());
        ClockUtil.setCurrentTime(Date.from(call.getClosesAt().plus(Duration.ofDays(3))));

        ProcessInstance instance = start(form);

        GrantApplication application = applicationOf(instance);
        Assertions.assertThat(application.getChannel()).isEqualTo(Channel.PAPER);
        Assertions.assertThat(application.isLate()).isTrue();
        Assertions.assertThat(application.getSubmittedAt()).isBefore(Instant.from(ClockUtil.getCurrentTime().toInstant()));
    }

    @Test
    void officersWorkTheirStepsUnderTheirOwnAuthorizations() {
        ScriptedListingCheck.answer(ListingResult.undecided(ListingReason.SEVERAL_MATCHES));
        Map<String, Object> paper = ProcessFixtures.application(call.getCode());
        paper.remove("channel");
        ProcessInstance instance = as("liisa", Groups.LIAISON_OFFICERS, () -> formService.submitStartForm(
                engine.getRepositoryService().createProcessDefinitionQuery()
                        .processDefinitionKey(ProcessKeys.APPLICATION_PROCESS).latestVersion().singleResult().getId(), paper));
        fixtures.executeDueJobs();

        Task listingCheck = as("liisa", Groups.LIAISON_OFFICERS, () -> taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult());
        as("liisa", Groups.LIAISON_OFFICERS, () -> {
            taskService.claim(listingCheck.getId(), "liisa");
            formService.submitTaskForm(listingCheck.getId(), Map.of("listingResult", "NOT_LISTED"));
            return null;
        });
        fixtures.executeDueJobs();
        Task review = fixtures.task(instance.getId());
        Assertions.assertThat(as("liisa", Groups.LIAISON_OFFICERS, () -> taskService.createTaskQuery().taskId(review.getId()).count())).isZero();

        as("maija", Groups.AREA_MENTAL_HEALTH, () -> {
            taskService.claim(review.getId(), "maija");
            formService.submitTaskForm(review.getId(), Map.of("reviewOutcome", "DISQUALIFIED", "disqualificationReason", "Jäsen."));
            return null;
        });
        Task second = fixtures.task(instance.getId());
        Assertions.assertThat(as("maija", Groups.AREA_MENTAL_HEALTH, () -> taskService.createTaskQuery().taskId(second.getId()).count()))
                .as("the disqualified reviewer no longer sees the task").isZero();
        as("ville", Groups.LIAISON_DEPUTIES, () -> {
            taskService.claim(second.getId(), "ville");
            formService.submitTaskForm(second.getId(), ProcessFixtures.scoredReview(6000));
            return null;
        });

        assertThat(instance).isWaitingAt("reportReviewed");
        GrantApplication application = applicationOf(instance);
        Assertions.assertThat(application.getChannel()).isEqualTo(Channel.PAPER);
        Assertions.assertThat(application.getListingCheckedBy()).isEqualTo("liisa");
        Assertions.assertThat(application.getReviewedBy()).isEqualTo("ville");
    }

    private <T> T as(String user, String group, java.util.function.Supplier<T> action) {
        engine.getIdentityService().setAuthentication(user, List.of(group));
        try {
            return action.get();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private ProcessInstance start(Map<String, Object> form) {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(ProcessKeys.APPLICATION_PROCESS, form);
        fixtures.executeDueJobs();
        return instance;
    }

    private void requestInformation(ProcessInstance instance) {
        String deadline = LocalDate.ofInstant(Now.instant(), Now.HELSINKI)
                .plusDays(14).toString();
        fixtures.complete(fixtures.task(instance.getId()), "maija", Map.of("reviewOutcome", "NEEDS_INFO",
                "infoQuestion", "Toimittakaa talousarvio.", "infoDeadline", deadline));
    }

    private ProcessInstance reviewedApplication(int proposedAmount) {
        ProcessInstance instance = start(ProcessFixtures.application(call.getCode()));
        fixtures.complete(fixtures.task(instance.getId()), "maija", ProcessFixtures.scoredReview(proposedAmount));
        fixtures.executeDueJobs();
        assertThat(instance).isWaitingAt("awaitBoardDecision");
        return instance;
    }

    private GrantApplication applicationOf(ProcessInstance instance) {
        Object id = runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0
                ? runtimeService.getVariable(instance.getId(), Variables.APPLICATION_ID)
                : engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                        .variableName(Variables.APPLICATION_ID).singleResult().getValue();
        return applications.findById(((Number) id).longValue()).orElseThrow();
    }
}
