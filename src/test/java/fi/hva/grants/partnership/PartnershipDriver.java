package fi.hva.grants.partnership;

import fi.hva.grants.common.Now;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ProcessKeys;
import fi.hva.grants.process.Variables;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.context.TestComponent;

/** Drives partnerships through their models the way the partnership manager does in Tasklist. */
@TestComponent
public class PartnershipDriver {

    public static final String MANAGER = "kaisa";
    /** The decision body's secretary records its decision on the agreement. */
    public static final String SECRETARY = "sanna";

    private final FormService formService;
    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ProcessFixtures fixtures;
    private final PartnershipRepository partnerships;
    private final PartnershipYearRepository years;

    public PartnershipDriver(FormService formService, RepositoryService repositoryService, RuntimeService runtimeService,
                             TaskService taskService, ProcessFixtures fixtures, PartnershipRepository partnerships,
                             PartnershipYearRepository years) {
        this.formService = formService;
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.fixtures = fixtures;
        this.partnerships = partnerships;
        this.years = years;
    }

    public static Map<String, Object> initiative(int firstYear, int lastYear) {
        Map<String, Object> form = new HashMap<>();
        form.put("initiatedBy", "COUNTY");
        form.put("associationName", "Kainuun Mielenterveysseura ry");
        form.put("businessId", "0201256-6");
        form.put("contactEmail", "seura@example.fi");
        form.put("iban", ProcessFixtures.VALID_IBAN);
        form.put("projectName", "Mielen hyvinvoinnin kumppanuushanke");
        form.put("projectDescription", "Matalan kynnyksen kriisi- ja vertaistuki koko Kainuuseen.");
        form.put("externalFunder", "STEA");
        form.put("firstYear", firstYear);
        form.put("lastYear", lastYear);
        form.put("yearlyMaximum", 40000);
        form.put("receivedOn", today().toString());
        return form;
    }

    /** The partnership manager records an initiative from Tasklist's start form, logged in. */
    public ProcessInstance startNegotiation(Map<String, Object> form) {
        String definitionId = latest(ProcessKeys.PARTNERSHIP_NEGOTIATION_PROCESS);
        return fixtures.as(MANAGER, () -> formService.submitStartForm(definitionId, form));
    }

    public ProcessInstance notice(Map<String, Object> form) {
        String definitionId = latest(ProcessKeys.PARTNERSHIP_NOTICE_PROCESS);
        return fixtures.as(MANAGER, () -> formService.submitStartForm(definitionId, form));
    }

    public void assessAllCriteriaMet(ProcessInstance negotiation) {
        Map<String, Object> form = new HashMap<>();
        for (PartnershipCriterion criterion : PartnershipCriterion.values()) {
            form.put("criterion_" + criterion.name(), true);
        }
        fixtures.complete(task(negotiation), MANAGER, form);
    }

    public void negotiate(ProcessInstance negotiation, String outcome) {
        Map<String, Object> form = new HashMap<>();
        form.put("heldOn", today().toString());
        form.put("ourProposal", "Hyvinvointialue rahoittaa omarahoitusosuuden, enintään 40 000 euroa vuodessa.");
        form.put("theirAnswer", "Yhdistys hyväksyy, jos STEA myöntää rahoituksen.");
        form.put("roundOutcome", outcome);
        if ("CONTINUE".equals(outcome)) {
            form.put("nextMeetingOn", today().plusWeeks(2).toString());
        }
        fixtures.complete(task(negotiation), MANAGER, form);
    }

    public void fundingDecided(String partnershipNumber, String outcome) {
        notice(Map.of("noticeKind", "FUNDING_DECISION", "partnershipNumber", partnershipNumber, "fundingOutcome", outcome,
                "decidedOn", today().toString(), "reference", "STEA 2027/123"));
        fixtures.executeDueJobs();
    }

    public void approveBudget(int year) {
        notice(Map.of("noticeKind", "COUNTY_BUDGET", "budgetYear", year, "decidedOn", today().toString(),
                "reference", "Aluevaltuusto 10.12." + (year - 1) + " § 70"));
    }

    /** From the initiative to a signed agreement; answers the agreement's own process instance. */
    public ProcessInstance signedAgreement(int firstYear, int lastYear) {
        return signedAgreement(initiative(firstYear, lastYear));
    }

    public ProcessInstance signedAgreement(Map<String, Object> initiative) {
        ProcessInstance negotiation = startNegotiation(initiative);
        assessAllCriteriaMet(negotiation);
        negotiate(negotiation, "AGREED");
        fundingDecided(negotiation.getBusinessKey(), "GRANTED");
        fixtures.complete(task(negotiation), MANAGER, Map.of("draftOutcome", "APPROVED"));
        fixtures.complete(task(negotiation), SECRETARY, Map.of("boardOutcome", "APPROVED", "boardReference", "Aluehallitus § 5",
                "boardDecidedOn", today().toString()));
        fixtures.complete(task(negotiation), MANAGER, Map.of("signedByAssociationOn", today().toString(),
                "signedByCountyOn", today().toString()));
        return agreementOf(negotiation);
    }

    public ProcessInstance agreementOf(ProcessInstance negotiation) {
        return runtimeService.createProcessInstanceQuery().superProcessInstanceId(negotiation.getId()).singleResult();
    }

    public Partnership partnership(String number) {
        return partnerships.findByPartnershipNumber(number).orElseThrow();
    }

    public PartnershipYear year(String number, int year) {
        return years.findByPartnershipIdOrderByAgreementYear(partnership(number).getId()).stream()
                .filter(y -> y.getAgreementYear() == year).findFirst().orElseThrow();
    }

    /** The task of one agreement year: the years run in parallel, each with its own tasks. */
    public Task yearTask(ProcessInstance agreement, int year) {
        Long yearId = year(agreement.getBusinessKey(), year).getId();
        return taskService.createTaskQuery().processInstanceId(agreement.getId()).list().stream()
                .filter(task -> yearId.equals(taskService.getVariable(task.getId(), Variables.PARTNERSHIP_YEAR_ID)))
                .findFirst().orElseThrow(() -> new AssertionError("No task for year " + year));
    }

    public void confirmYear(ProcessInstance agreement, int year, int amount) {
        fixtures.complete(yearTask(agreement, year), MANAGER, Map.of("yearOutcome", "CONFIRMED", "confirmedAmount", amount));
    }

    public Task task(ProcessInstance instance) {
        return fixtures.task(instance.getId());
    }

    public String summary(Task task) {
        return taskService.getVariableLocal(task.getId(), Variables.CASE_SUMMARY).toString();
    }

    public static LocalDate today() {
        return LocalDate.ofInstant(Now.instant(), Now.HELSINKI);
    }

    private String latest(String key) {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getId();
    }
}
