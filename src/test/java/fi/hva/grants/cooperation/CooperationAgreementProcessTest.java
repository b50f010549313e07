package fi.hva.grants.cooperation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.common.Now;
import fi.hva.grants.notification.SentMail;
import fi.hva.grants.notification.SentMailRepository;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ProcessKeys;
import fi.hva.grants.process.ProcessTest;
import fi.hva.grants.process.Variables;
import fi.hva.grants.security.Groups;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ProcessTest
class CooperationAgreementProcessTest {

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired FormService formService;
    @Autowired RepositoryService repositoryService;
    @Autowired ManagementService managementService;
    @Autowired ProcessFixtures fixtures;
    @Autowired CooperationAgreementRepository agreements;
    @Autowired SentMailRepository mails;

    @Test
    void approvedAgreementIsSignedRemindedBeforeReviewAndEndsAtTheEndOfItsPeriod() {
        LocalDate endsOn = today().plusYears(1);
        ProcessInstance instance = start(startForm(endsOn));

        Assertions.assertThat(instance.getBusinessKey()).matches("YS-" + today().getYear() + "-\\d{4}");
        assertThat(instance).isWaitingAt("prepareAgreement").task().hasCandidateGroup(Groups.PARTNERSHIP_MANAGERS);
        assertThat(instance).variables().containsOnlyKeys(Variables.AGREEMENT_ID);
        CooperationAgreement registered = agreementOf(instance);
        Assertions.assertThat(registered.getBusinessId()).isEqualTo("0201256-6");
        Assertions.assertThat(registered.getKind()).isEqualTo(AgreementKind.COOPERATION_AGREEMENT);
        Assertions.assertThat(registered.getProcessInstanceId()).isEqualTo(instance.getId());
        Assertions.assertThat(summary(instance)).contains(instance.getBusinessKey(), "Yhteistyösopimus",
                "OLKA-vapaaehtoistoiminta Kainuun keskussairaalassa", "Kainuun OLKA ry", "Valmistelussa");

        fixtures.complete(fixtures.task(instance.getId()), "kaisa", draft());
        assertThat(instance).isWaitingAt("approveAgreement").task().hasCandidateGroup(Groups.BOARD_SECRETARIES);
        Assertions.assertThat(summary(instance)).contains("Vapaaehtoiset toimivat osastoilla", "Hyväksyttävänä");
        Assertions.assertThat(agreementOf(instance).getPreparedBy()).isEqualTo("kaisa");

        fixtures.complete(fixtures.task(instance.getId()), "sanna", approval());
        assertThat(instance).isWaitingAt("recordSignatures").hasPassed("agreementApprovedGateway")
                .task().hasCandidateGroup(Groups.PARTNERSHIP_MANAGERS);

        fixtures.complete(fixtures.task(instance.getId()), "kaisa", signatures(today(), today()));
        assertThat(instance).isWaitingAt("reviewApproaching").hasPassed("saveSignatures", "reviewMerge");
        CooperationAgreement signed = agreementOf(instance);
        Assertions.assertThat(signed.getStatus()).isEqualTo(CooperationAgreement.Status.IN_FORCE);
        Assertions.assertThat(signed.getBoardReference()).isEqualTo("Aluehallitus 2.12.2026 § 12");
        Assertions.assertThat(signed.getSignedByCountyOn()).isEqualTo(today());

        Job review = timer(instance);
        Assertions.assertThat(review.getDuedate().toInstant()).isEqualTo(endsOn.minusDays(60).atStartOfDay(Now.HELSINKI).toInstant());
        passTimer(review);
        assertThat(instance).isWaitingAt("sendReviewReminder");
        fixtures.executeDueJobsOf(instance.getId());

        assertThat(instance).isWaitingAt("decideContinuation").task().hasCandidateGroup(Groups.PARTNERSHIP_MANAGERS);
        List<SentMail> sent = mailsAbout(instance);
        Assertions.assertThat(sent).singleElement().satisfies(mail -> {
            Assertions.assertThat(mail.getRecipient()).isEqualTo("olka@example.fi");
            Assertions.assertThat(mail.getSubject()).isEqualTo("Yhteistyösopimuksen " + instance.getBusinessKey() + " tarkistus");
            Assertions.assertThat(mail.getBody()).contains("Kainuun OLKA ry", endsOn.getDayOfMonth() + "." + endsOn.getMonthValue() + ".",
                    "Sari Sairaanhoitaja");
        });
        Assertions.assertThat(agreementOf(instance).getReviewReminderSentAt()).isNotNull();
        Assertions.assertThat(summary(instance)).contains("Tarkistusmuistutus lähetetty");

        fixtures.complete(fixtures.task(instance.getId()), "kaisa", Map.of("continuation", "END",
                "continuationNotes", "Toiminta siirtyy yhdistyksen omiin tiloihin."));
        assertThat(instance).isWaitingAt("agreementPeriodEnded");
        Assertions.assertThat(agreementOf(instance).getStatus()).isEqualTo(CooperationAgreement.Status.ENDING);
        Job end = timer(instance);
        Assertions.assertThat(end.getDuedate().toInstant()).isEqualTo(endsOn.plusDays(1).atStartOfDay(Now.HELSINKI).toInstant());
        passTimer(end);

        assertThat(instance).isEnded().hasPassed("agreementPeriodEnded", "markAgreementEnded", "agreementEnded");
        CooperationAgreement ended = agreementOf(instance);
        Assertions.assertThat(ended.getStatus()).isEqualTo(CooperationAgreement.Status.ENDED);
        Assertions.assertThat(ended.getEndedOn()).isEqualTo(endsOn);
        Assertions.assertThat(ended.getContinuationDecidedBy()).isEqualTo("kaisa");
    }

    @Test
    void returnedAgreementGoesBackToTheDraftAndRenewalStartsANewReview() {
        LocalDate endsOn = today().plusMonths(6);
        ProcessInstance instance = start(startForm(endsOn));
        fixtures.complete(fixtures.task(instance.getId()), "kaisa", draft());

        fixtures.complete(fixtures.task(instance.getId()), "sanna", Map.of("approvalOutcome", "RETURNED",
                "approvalNotes", "Tarkenna vapaaehtoisten perehdytys."));

        assertThat(instance).isWaitingAt("prepareAgreement").hasPassed("agreementApprovedGateway", "draftMerge");
        Assertions.assertThat(agreementOf(instance).getStatus()).isEqualTo(CooperationAgreement.Status.RETURNED);
        Assertions.assertThat(summary(instance)).contains("Palautettu valmisteluun", "Tarkenna vapaaehtoisten perehdytys.");
        Assertions.assertThat(runtimeService.getVariable(instance.getId(), "agreementTerms"))
                .isEqualTo("Yhteistyö alkaa 1.1. ja sitä arvioidaan kerran vuodessa.");

        Map<String, Object> corrected = draft();
        corrected.put("associationResponsibilities", "Yhdistys rekrytoi ja perehdyttää vapaaehtoiset.");
        fixtures.complete(fixtures.task(instance.getId()), "kaisa", corrected);
        fixtures.complete(fixtures.task(instance.getId()), "sanna", approval());
        fixtures.complete(fixtures.task(instance.getId()), "kaisa", signatures(today(), today()));
        Assertions.assertThat(agreementOf(instance).getAssociationResponsibilities()).contains("perehdyttää");

        passTimer(timer(instance));
        fixtures.executeDueJobsOf(instance.getId());
        assertThat(instance).isWaitingAt("decideContinuation");

        LocalDate newEnd = endsOn.plusYears(2);
        fixtures.complete(fixtures.task(instance.getId()), "kaisa", Map.of("continuation", "RENEW", "newEndsOn", newEnd.toString()));

        assertThat(instance).isWaitingAt("reviewApproaching").hasPassed("agreementRenewedGateway");
        CooperationAgreement renewed = agreementOf(instance);
        Assertions.assertThat(renewed.getEndsOn()).isEqualTo(newEnd);
        Assertions.assertThat(renewed.getRenewals()).isEqualTo(1);
        Assertions.assertThat(timer(instance).getDuedate().toInstant())
                .isEqualTo(newEnd.minusDays(60).atStartOfDay(Now.HELSINKI).toInstant());

        passTimer(timer(instance));
        fixtures.executeDueJobsOf(instance.getId());
        assertThat(instance).isWaitingAt("decideContinuation");
        Assertions.assertThat(mailsAbout(instance)).hasSize(2);
        Assertions.assertThat(summary(instance)).contains("Jatkettu 1 kertaa");
    }

    @Test
    void invalidStartFormGetsFinnishMessagesAndCreatesNothing() {
        long agreementsBefore = agreements.count();
        long instancesBefore = instances();
        Map<String, Object> form = startForm(today().plusYears(1));
        form.put("businessId", "0201256-7");
        form.put("contactEmail", "olka.example.fi");
        form.put("agreementStartsOn", today().plusYears(2).toString());
        form.remove("countyContact");

        assertThatThrownBy(() -> start(form))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Y-tunnus 0201256-7 ei ole kelvollinen")
                .hasMessageContaining("Sähköpostiosoite olka.example.fi ei ole kelvollinen.")
                .hasMessageContaining("Päättymispäivän on oltava alkamispäivän jälkeen.")
                .hasMessageContaining("Hyvinvointialueen yhteyshenkilö on pakollinen tieto.");

        Map<String, Object> past = startForm(today().minusDays(1));
        past.put("agreementStartsOn", today().minusYears(1).toString());
        past.put("agreementKind", "GRANT");
        assertThatThrownBy(() -> start(past))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Päättymispäivä ei voi olla menneisyydessä.")
                .hasMessageContaining("Sopimuksen laji GRANT ei ole valittavissa.");
        assertThatThrownBy(() -> start(new HashMap<>()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Yhdistyksen nimi on pakollinen tieto.")
                .hasMessageContaining("Sopimuksen aihe on pakollinen tieto.");

        Assertions.assertThat(agreements.count()).isEqualTo(agreementsBefore);
        Assertions.assertThat(instances()).isEqualTo(instancesBefore);
    }

    @Test
    void invalidTaskInputGetsFinnishMessagesAndChangesNothing() {
        ProcessInstance instance = start(startForm(today().plusYears(1)));

        assertThatThrownBy(() -> fixtures.complete(fixtures.task(instance.getId()), "kaisa", Map.of("agreementTerms", " ")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Sopimuksen ehdot on pakollinen tieto.")
                .hasMessageContaining("Yhdistyksen vastuut on pakollinen tieto.")
                .hasMessageContaining("Hyvinvointialueen vastuut on pakollinen tieto.");
        assertThat(instance).isWaitingAt("prepareAgreement");
        Assertions.assertThat(agreementOf(instance).getTerms()).isNull();
        fixtures.complete(fixtures.task(instance.getId()), "kaisa", draft());

        assertThatThrownBy(() -> fixtures.complete(fixtures.task(instance.getId()), "sanna", Map.of("approvalOutcome", "RETURNED")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Kirjoita palautuksen syy ja korjattavat asiat.");
        assertThatThrownBy(() -> fixtures.complete(fixtures.task(instance.getId()), "sanna", Map.of("approvalOutcome", "APPROVED",
                "approvalDecidedOn", today().plusDays(1).toString())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Anna pöytäkirjan pykälä.")
                .hasMessageContaining("Anna päätöspäivä; se ei voi olla tulevaisuudessa.");
        assertThatThrownBy(() -> fixtures.complete(fixtures.task(instance.getId()), "sanna", Map.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Valitse, hyväksyttiinkö sopimus vai palautetaanko se valmisteluun.");
        assertThat(instance).isWaitingAt("approveAgreement");
        Assertions.assertThat(agreementOf(instance).getStatus()).isEqualTo(CooperationAgreement.Status.IN_APPROVAL);
        fixtures.complete(fixtures.task(instance.getId()), "sanna", approval());

        assertThatThrownBy(() -> fixtures.complete(fixtures.task(instance.getId()), "kaisa", signatures(today(), today().minusDays(1))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Hyvinvointialueen allekirjoituspäivä ei voi olla ennen yhdistyksen allekirjoituspäivää.")
                .hasMessageContaining("Sopimusta ei voi allekirjoittaa ennen sen hyväksymistä");
        assertThatThrownBy(() -> fixtures.complete(fixtures.task(instance.getId()), "kaisa",
                Map.of("signedByAssociationOn", today().plusDays(3).toString())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Yhdistyksen allekirjoituspäivä ei voi olla tulevaisuudessa.")
                .hasMessageContaining("Hyvinvointialueen allekirjoituspäivä on pakollinen tieto.");
        assertThat(instance).isWaitingAt("recordSignatures");
        Assertions.assertThat(agreementOf(instance).getSignedByAssociationOn()).isNull();
        fixtures.complete(fixtures.task(instance.getId()), "kaisa", signatures(today(), today()));

        passTimer(timer(instance));
        fixtures.executeDueJobsOf(instance.getId());
        LocalDate endsOn = agreementOf(instance).getEndsOn();
        assertThatThrownBy(() -> fixtures.complete(fixtures.task(instance.getId()), "kaisa", Map.of("continuation", "RENEW",
                "newEndsOn", endsOn.toString())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Anna jatketulle sopimukselle uusi päättymispäivä");
        assertThatThrownBy(() -> fixtures.complete(fixtures.task(instance.getId()), "kaisa", Map.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Valitse, jatketaanko sopimusta vai päätetäänkö se.");
        assertThat(instance).isWaitingAt("decideContinuation");
        Assertions.assertThat(agreementOf(instance).getEndsOn()).isEqualTo(endsOn);
        Assertions.assertThat(agreementOf(instance).getRenewals()).isZero();
    }

    @Test
    void agreementNumbersRunPerYear() {
        String first = start(startForm(today().plusYears(1))).getBusinessKey();
        String second = start(startForm(today().plusYears(1))).getBusinessKey();
        int firstNumber = Integer.parseInt(first.substring(first.lastIndexOf('-') + 1));
        Assertions.assertThat(second).isEqualTo("YS-%d-%04d".formatted(today().getYear(), firstNumber + 1));
    }

    /** The partnership manager starts the agreement from Tasklist's start form. */
    private ProcessInstance start(Map<String, Object> form) {
        String definitionId = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(ProcessKeys.COOPERATION_AGREEMENT_PROCESS).latestVersion().singleResult().getId();
        return fixtures.as("kaisa", () -> formService.submitStartForm(definitionId, form));
    }

    private static Map<String, Object> startForm(LocalDate endsOn) {
        Map<String, Object> form = new HashMap<>();
        form.put("associationName", "Kainuun OLKA ry");
        form.put("businessId", "0201256-6");
        form.put("contactEmail", "olka@example.fi");
        form.put("agreementSubject", "OLKA-vapaaehtoistoiminta Kainuun keskussairaalassa");
        form.put("agreementKind", "COOPERATION_AGREEMENT");
        form.put("agreementStartsOn", today().toString());
        form.put("agreementEndsOn", endsOn.toString());
        form.put("countyContact", "Sari Sairaanhoitaja");
        return form;
    }

    private static Map<String, Object> draft() {
        Map<String, Object> form = new HashMap<>();
        form.put("agreementTerms", "Yhteistyö alkaa 1.1. ja sitä arvioidaan kerran vuodessa.");
        form.put("associationResponsibilities", "Vapaaehtoiset toimivat osastoilla sovittuina aikoina.");
        form.put("countyResponsibilities", "Hyvinvointialue antaa OLKA-pisteen tilat käyttöön.");
        return form;
    }

    private static Map<String, Object> approval() {
        return Map.of("approvalOutcome", "APPROVED", "approvalReference", "Aluehallitus 2.12.2026 § 12",
                "approvalDecidedOn", today().toString());
    }

    private static Map<String, Object> signatures(LocalDate byAssociation, LocalDate byCounty) {
        return Map.of("signedByAssociationOn", byAssociation.toString(), "signedByCountyOn", byCounty.toString());
    }

    private CooperationAgreement agreementOf(ProcessInstance instance) {
        return agreements.findByAgreementNumber(instance.getBusinessKey()).orElseThrow();
    }

    private String summary(ProcessInstance instance) {
        Task task = fixtures.task(instance.getId());
        return taskService.getVariableLocal(task.getId(), Variables.CASE_SUMMARY).toString();
    }

    private Job timer(ProcessInstance instance) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    }

    private void passTimer(Job timer) {
        ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plus(Duration.ofMinutes(1))));
        managementService.executeJob(timer.getId());
    }

    private List<SentMail> mailsAbout(ProcessInstance instance) {
        return mails.findAll().stream().filter(mail -> mail.getSubject().contains(instance.getBusinessKey())).toList();
    }

    private long instances() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.COOPERATION_AGREEMENT_PROCESS).count();
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(Now.instant(), Now.HELSINKI);
    }
}
