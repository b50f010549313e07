package fi.hva.grants.premises;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.common.Now;
import fi.hva.grants.followup.FollowUpQuery;
import fi.hva.grants.followup.FollowUpReports;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ProcessKeys;
import fi.hva.grants.process.ProcessTest;
import fi.hva.grants.process.Variables;
import fi.hva.grants.security.Groups;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Premises let free of charge: the supervisor responsible decides, not the board, and the cost is reported. */
@ProcessTest
class PremisesUseProcessTest {

    @Autowired FormService formService;
    @Autowired RepositoryService repositoryService;
    @Autowired HistoryService historyService;
    @Autowired TaskService taskService;
    @Autowired ProcessFixtures fixtures;
    @Autowired PremisesUseRepository repository;
    @Autowired PremisesUses premisesUses;
    @Autowired FollowUpReports reports;

    @Test
    void theSupervisorLetsThePremisesAndTheCostIsReportedForTheYear() {
        int year = today().getYear() + 3;
        BigDecimal before = premisesUses.costsOf(year).cost();
        ProcessInstance instance = request(form(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));

        assertThat(instance).isWaitingAt("decidePremisesUse").hasPassed("recordPremisesRequest")
                .task().hasCandidateGroup(Groups.PREMISES_SUPERVISORS);
        String summary = taskService.getVariableLocal(fixtures.task(instance.getId()).getId(), Variables.CASE_SUMMARY).toString();
        Assertions.assertThat(summary).contains("Kajaanin Mielenterveysyhdistys ry", "0201256-6", "Vertaistukiryhmät \\*torstaisin\\*", "liisa");
        assertThatThrownBy(() -> fixtures.complete(fixtures.task(instance.getId()), "liisa", decision("GRANTED", 1200)))
                .as("the liaison officer does not decide on premises").isNotInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> fixtures.complete(fixtures.task(instance.getId()), "johanna", decision("GRANTED", 1200)))
                .as("the read-only manager does not decide either").isNotInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> fixtures.complete(fixtures.task(instance.getId()), "timo", decision("GRANTED", null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("kustannus");
        assertThat(instance).isWaitingAt("decidePremisesUse");

        fixtures.complete(fixtures.task(instance.getId()), "timo", decision("GRANTED", 1200));

        assertThat(instance).isEnded().hasPassed("savePremisesDecision", "premisesLet").hasNotPassed("premisesRefused");
        PremisesUse use = repository.findAll().stream().filter(u -> u.getStartsOn().getYear() == year)
                .reduce((first, second) -> second).orElseThrow();
        Assertions.assertThat(use.getStatus()).isEqualTo(PremisesUse.Status.GRANTED);
        Assertions.assertThat(use.getCost()).isEqualByComparingTo("1200");
        Assertions.assertThat(use.getDecidedBy()).isEqualTo("timo");
        Assertions.assertThat(use.getRecordedBy()).isEqualTo("liisa");
        Assertions.assertThat(premisesUses.costsOf(year).cost()).isEqualByComparingTo(before.add(new BigDecimal("1200")));
        Assertions.assertThat(reports.report(new FollowUpQuery(year, null)).premises().cost())
                .isEqualByComparingTo(before.add(new BigDecimal("1200")));
    }

    @Test
    void aRefusalCarriesNoCost() {
        int year = today().getYear() + 4;
        ProcessInstance instance = request(form(LocalDate.of(year, 3, 1), LocalDate.of(year, 5, 31)));

        fixtures.complete(fixtures.task(instance.getId()), "timo", decision("REFUSED", null));

        assertThat(instance).isEnded().hasPassed("premisesRefused").hasNotPassed("premisesLet");
        Assertions.assertThat(premisesUses.costsOf(year).granted()).isZero();
    }

    @Test
    void anIncompleteRequestIsRefusedAndStartsNothing() {
        long stored = repository.count();
        long started = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ProcessKeys.PREMISES_USE_PROCESS).count();
        Map<String, Object> form = form(today().plusDays(10), today());
        form.put("premisesBusinessId", "1234567-2");
        form.remove("premises");

        assertThatThrownBy(() -> request(form))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Y-tunnus")
                .hasMessageContaining("mitä tiloja")
                .hasMessageContaining("loppu ei voi olla ennen alkua");

        String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(ProcessKeys.PREMISES_USE_PROCESS)
                .latestVersion().singleResult().getId();
        assertThatThrownBy(() -> fixtures.as("johanna", () -> formService.submitStartForm(definitionId, form(today(), today()))))
                .as("the read-only manager records no request").isNotInstanceOf(InvalidInputException.class);
        Assertions.assertThat(repository.count()).isEqualTo(stored);
        Assertions.assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ProcessKeys.PREMISES_USE_PROCESS)
                .count()).isEqualTo(started);
    }

    private ProcessInstance request(Map<String, Object> form) {
        String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(ProcessKeys.PREMISES_USE_PROCESS)
                .latestVersion().singleResult().getId();
        return fixtures.as("liisa", () -> formService.submitStartForm(definitionId, form));
    }

    private static Map<String, Object> form(LocalDate startsOn, LocalDate endsOn) {
        Map<String, Object> form = new HashMap<>();
        form.put("premisesAssociationName", "Kajaanin Mielenterveysyhdistys ry");
        form.put("premisesBusinessId", "0201256-6");
        form.put("premises", "Kajaanin sote-keskus, aulan järjestöpiste");
        form.put("premisesPurpose", "Vertaistukiryhmät *torstaisin*");
        form.put("premisesStartsOn", startsOn.toString());
        form.put("premisesEndsOn", endsOn.toString());
        return form;
    }

    private static Map<String, Object> decision(String outcome, Integer cost) {
        Map<String, Object> form = new HashMap<>();
        form.put("premisesDecision", outcome);
        form.put("premisesReasoning", "Tilat ovat vapaina torstaisin.");
        if (cost != null) {
            form.put("premisesCost", cost);
        }
        return form;
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(Now.instant(), Now.HELSINKI);
    }
}
