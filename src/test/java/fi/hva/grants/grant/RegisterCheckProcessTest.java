package fi.hva.grants.grant;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fi.hva.grants.call.GrantCall;
import fi.hva.grants.common.MarkdownDocument;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ProcessKeys;
import fi.hva.grants.process.ProcessTest;
import fi.hva.grants.process.ScriptedCompanyRegister;
import fi.hva.grants.process.Variables;
import fi.hva.grants.register.RegisterCheck;
import fi.hva.grants.register.RegisterCheckRepository;
import fi.hva.grants.register.RegisterEntry;
import fi.hva.grants.register.RegisterOutcome;
import fi.hva.grants.register.RegisterStanding;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Tarkista yhdistys PRH:n rekisteristä" in the application process: where the instance goes, what is stored for
 * the application, and what the reviewer reads in Tasklist (the review task's case summary).
 */
@ProcessTest
class RegisterCheckProcessTest {

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired ProcessFixtures fixtures;
    @Autowired RegisterCheckRepository registerChecks;
    @Autowired CaseSummary caseSummary;
    @Autowired GrantApplicationRepository applications;

    GrantCall call;

    @BeforeEach
    void setUp() {
        call = fixtures.openCall();
    }

    @Test
    void activeAssociationIsStoredAndShownBesideTheApplicationWithoutFlags() {
        ProcessInstance instance = start();

        assertThat(instance).isWaitingAt("reviewApplication").hasPassed("checkListing", "checkRegister", "routeReview");
        RegisterCheck check = registerChecks.findById(applicationId(instance)).orElseThrow();
        Assertions.assertThat(check.getOutcome()).isEqualTo(RegisterOutcome.FOUND);
        Assertions.assertThat(check.getOfficialName()).isEqualTo("Kajaanin Mielenterveysyhdistys ry");
        Assertions.assertThat(check.getRegisteredOffice()).isEqualTo("Kajaani");
        Assertions.assertThat(check.getCompanyForm()).isEqualTo("Aatteellinen yhdistys");
        Assertions.assertThat(check.getStanding()).isEqualTo(RegisterStanding.ACTIVE);
        Assertions.assertThat(runtimeService.getVariables(instance.getId())).doesNotContainKeys("registerOutcome", "officialName");

        String summary = reviewSummary(instance);
        Assertions.assertThat(summary).contains("PRH:n rekisteri (YTJ): Kajaanin Mielenterveysyhdistys ry, kotipaikka Kajaani, "
                + "Aatteellinen yhdistys, rekisterissä");
        Assertions.assertThat(summary).doesNotContain("PRH:n rekisterin mukaan", "poikkeaa PRH:n", "ei ole hyvinvointialueen",
                "ei löydy PRH");
        Assertions.assertThat(ScriptedCompanyRegister.asked()).as("the review reuses the check made on submission")
                .containsExactly("0201256-6");
    }

    @Test
    void dissolvedDifferentlyNamedAssociationOutsideTheRegionIsFlaggedAndStillReviewed() {
        ScriptedCompanyRegister.answer(new RegisterEntry("0201256-6", "Oulun *Mielenterveys*seura ry", "Oulu",
                "Aatteellinen yhdistys", RegisterStanding.DISSOLVED, LocalDate.of(2025, 6, 30)));

        ProcessInstance instance = start();

        assertThat(instance).isWaitingAt("reviewApplication").hasPassed("checkRegister");
        Assertions.assertThat(applicationOf(instance).getStatus()).isEqualTo(ApplicationStatus.IN_REVIEW);
        String summary = reviewSummary(instance);
        String text = MarkdownDocument.parse(summary).text();
        Assertions.assertThat(text).contains("Yhdistys on lakannut PRH:n rekisterin mukaan 30.6.2025.",
                "Hakemuksen nimi ”Kajaanin Mielenterveysyhdistys ry” poikkeaa PRH:n rekisterin virallisesta nimestä "
                        + "”Oulun *Mielenterveys*seura ry”.",
                "Kotipaikka Oulu ei ole hyvinvointialueen kunnissa");
        Assertions.assertThat(summary).as("PRH's text is escaped like the applicant's").contains("Oulun \\*Mielenterveys\\*seura ry");
    }

    @Test
    void businessIdUnknownToTheRegisterIsFlagged() {
        ScriptedCompanyRegister.notFound();

        ProcessInstance instance = start();

        assertThat(instance).isWaitingAt("reviewApplication");
        Assertions.assertThat(registerChecks.findById(applicationId(instance)).orElseThrow().getOutcome())
                .isEqualTo(RegisterOutcome.NOT_FOUND);
        Assertions.assertThat(reviewSummary(instance)).contains("Y-tunnusta 0201256-6 ei löydy PRH:n rekisteristä");
    }

    @Test
    void outageRetriesOnItsCycleThenGoesOnToReviewFlaggedForACheckByHand() {
        ScriptedCompanyRegister.down();
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(ProcessKeys.APPLICATION_PROCESS,
                ProcessFixtures.application(call.getCode()));
        managementService.executeJob(jobAt(instance, "checkListing").getId());
        Job job = jobAt(instance, "checkRegister");

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("PRH down");
        }
        Assertions.assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries())
                .as("the last attempt of R5/PT10M").isEqualTo(1);
        managementService.executeJob(job.getId());

        assertThat(instance).isWaitingAt("reviewApplication").hasPassed("checkRegister");
        Assertions.assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
        Assertions.assertThat(registerChecks.findById(applicationId(instance)).orElseThrow().getOutcome())
                .isEqualTo(RegisterOutcome.UNAVAILABLE);
        Assertions.assertThat(reviewSummary(instance)).contains("PRH:n rekisteriä ei voitu tarkistaa, koska palvelu ei vastannut");

        ScriptedCompanyRegister.answer(ScriptedCompanyRegister.FIXTURE_ASSOCIATION);
        fixtures.complete(fixtures.task(instance.getId()), "maija", Map.of("reviewOutcome", "DISQUALIFIED",
                "disqualificationReason", "Yhdistyksen hallituksen jäsen."));

        Assertions.assertThat(reviewSummary(instance)).as("the next officer's summary, once PRH answers again")
                .contains("Kajaanin Mielenterveysyhdistys ry, kotipaikka Kajaani").doesNotContain("ei voitu tarkistaa");
        Assertions.assertThat(registerChecks.findById(applicationId(instance)).orElseThrow().getOutcome())
                .isEqualTo(RegisterOutcome.FOUND);
    }

    @Test
    void registerBackJustAfterTheLastAttemptIsShownToTheReviewerAndStoredInTheSameTransaction() {
        ScriptedCompanyRegister.downFor(5);
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(ProcessKeys.APPLICATION_PROCESS,
                ProcessFixtures.application(call.getCode()));
        managementService.executeJob(jobAt(instance, "checkListing").getId());
        Job job = jobAt(instance, "checkRegister");
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("PRH down");
        }

        managementService.executeJob(job.getId());

        assertThat(instance).isWaitingAt("reviewApplication");
        Assertions.assertThat(reviewSummary(instance)).contains("Kajaanin Mielenterveysyhdistys ry, kotipaikka Kajaani")
                .doesNotContain("ei voitu tarkistaa");
        Assertions.assertThat(registerChecks.findById(applicationId(instance)).orElseThrow().getOutcome())
                .isEqualTo(RegisterOutcome.FOUND);
        Assertions.assertThat(ScriptedCompanyRegister.asked()).hasSize(6);
    }

    @Test
    void caseSummaryReusesTheStoredCheckForADayAndThenLooksItUpAgain() {
        ProcessInstance instance = start();
        long applicationId = applicationId(instance);
        ScriptedCompanyRegister.answer(new RegisterEntry("0201256-6", "Kajaanin Mielenterveysyhdistys ry", "Kajaani",
                "Aatteellinen yhdistys", RegisterStanding.IN_LIQUIDATION, null));

        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofHours(23))));
        Assertions.assertThat(caseSummary.of(applicationId)).contains("rekisterissä").doesNotContain("selvitystilassa");

        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofHours(2))));
        Assertions.assertThat(caseSummary.of(applicationId))
                .contains("Yhdistys on PRH:n rekisterin mukaan selvitystilassa tai konkurssissa.");
        Assertions.assertThat(ScriptedCompanyRegister.asked()).containsExactly("0201256-6", "0201256-6");
    }

    private ProcessInstance start() {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(ProcessKeys.APPLICATION_PROCESS,
                ProcessFixtures.application(call.getCode()));
        fixtures.executeDueJobs();
        return instance;
    }

    private Job jobAt(ProcessInstance instance, String activityId) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
    }

    private String reviewSummary(ProcessInstance instance) {
        return taskService.getVariableLocal(fixtures.task(instance.getId()).getId(), Variables.CASE_SUMMARY).toString();
    }

    private long applicationId(ProcessInstance instance) {
        return ((Number) runtimeService.getVariable(instance.getId(), Variables.APPLICATION_ID)).longValue();
    }

    private GrantApplication applicationOf(ProcessInstance instance) {
        return applications.findById(applicationId(instance)).orElseThrow();
    }
}
