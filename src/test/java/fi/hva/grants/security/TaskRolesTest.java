package fi.hva.grants.security;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hva.grants.process.ProcessKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.junit.jupiter.api.Test;

/**
 * Every user task of every model goes to the role the README's role table, its process descriptions and
 * the law give it. A decision body's decision is recorded by its secretary, never by the officer who
 * prepared or negotiated the matter (hallintolaki 28 §: nobody decides on their own preparation); money
 * moves through finance; the liaison officer runs calls, applications and use reports; the partnership
 * manager runs partnerships up to the decision body and after it. The table is explicit on purpose: a
 * model change that hands a task to another group fails here until the table, and the README, agree.
 */
class TaskRolesTest {

    private static final Path PROCESSES = Path.of("processes");
    /** The review goes to the group review-routing.dmn chooses; {@link #reviewsGoToAServiceAreaOrTheLiaisonOfficers} checks its outputs. */
    private static final String ROUTED_BY_DMN = "${reviewerGroup}";

    private record Role(List<String> groups, String reason) {
    }

    private static final Map<String, Role> ROLE_TABLE = Map.ofEntries(
            row(ProcessKeys.CALL_PROCESS, "prepareCall", "the liaison officer prepares the call", Groups.LIAISON_OFFICERS),
            row(ProcessKeys.CALL_PROCESS, "recordCallApproval", "the secretary records the decision body's approval",
                    Groups.BOARD_SECRETARIES),
            row(ProcessKeys.CALL_PROCESS, "adjustProposal", "a proposal over the appropriation goes back to the liaison officer",
                    Groups.LIAISON_OFFICERS),
            row(ProcessKeys.CALL_PROCESS, "recordBoardDecision", "the secretary records the decision body's decision",
                    Groups.BOARD_SECRETARIES),

            row(ProcessKeys.APPLICATION_PROCESS, "checkListingManually", "an undecided listing goes to the liaison officer",
                    Groups.LIAISON_OFFICERS),
            row(ProcessKeys.APPLICATION_PROCESS, "reviewApplication", "the service area (or liaison officer) review-routing.dmn picks",
                    ROUTED_BY_DMN),
            row(ProcessKeys.APPLICATION_PROCESS, "recordLateDecision", "a late application's decision is the decision body's, recorded by the secretary",
                    Groups.BOARD_SECRETARIES),
            row(ProcessKeys.APPLICATION_PROCESS, "acknowledgeDeclinedGrant", "the liaison officer is shown the appropriation freed",
                    Groups.LIAISON_OFFICERS),

            row(ProcessKeys.DECISION_PROCESS, "recordRectificationDecision", "the decision body decides the rectification request",
                    Groups.BOARD_SECRETARIES),
            row(ProcessKeys.DECISION_PROCESS, "postDecisionLetter", "the registry office posts a decision without consent to e-mail",
                    Groups.REGISTRY_OFFICE),
            row(ProcessKeys.DECISION_PROCESS, "postRectificationLetter",
                    "the registry office posts the decision on a rectification request without consent to e-mail", Groups.REGISTRY_OFFICE),

            row(ProcessKeys.PAYOUT_PROCESS, "correctPayment", "a returned payment goes to the liaison officer to correct the account",
                    Groups.LIAISON_OFFICERS),
            row(ProcessKeys.PAYMENT_BATCH_PROCESS, "confirmPaymentBatch", "finance confirms the payment batch", Groups.FINANCE),

            row(ProcessKeys.REPORT_PROCESS, "checkReport", "the liaison officer checks the use report", Groups.LIAISON_OFFICERS),
            row(ProcessKeys.REPORT_PROCESS, "decideRecovery", "recovery is the decision body's decision", Groups.BOARD_SECRETARIES),
            row(ProcessKeys.REPORT_PROCESS, "decideRecoveryRectification", "the decision body answers the rectification request",
                    Groups.BOARD_SECRETARIES),
            row(ProcessKeys.PREMISES_USE_PROCESS, "decidePremisesUse",
                    "the supervisor responsible for the premises decides on letting them, not the board (seed 000 ch. 8.3)",
                    Groups.PREMISES_SUPERVISORS),
            row(ProcessKeys.REPORT_PROCESS, "postRecoveryDecision", "the registry office posts a recovery decision without consent to e-mail",
                    Groups.REGISTRY_OFFICE),
            row(ProcessKeys.REPORT_PROCESS, "postRecoveryRectificationDecision",
                    "the registry office posts the decision on a request against a recovery without consent to e-mail", Groups.REGISTRY_OFFICE),
            row(ProcessKeys.REPORT_PROCESS, "recordRepayment", "finance records the repayment or set-off", Groups.FINANCE),
            row(ProcessKeys.REPORT_PROCESS, "resolveOverdueRecovery", "finance pursues a repayment past its due date", Groups.FINANCE),

            row(ProcessKeys.COOPERATION_AGREEMENT_PROCESS, "prepareAgreement", "the partnership manager drafts the agreement",
                    Groups.PARTNERSHIP_MANAGERS),
            row(ProcessKeys.COOPERATION_AGREEMENT_PROCESS, "approveAgreement", "the secretary records the decision body's approval",
                    Groups.BOARD_SECRETARIES),
            row(ProcessKeys.COOPERATION_AGREEMENT_PROCESS, "recordSignatures", "the partnership manager records the signatures",
                    Groups.PARTNERSHIP_MANAGERS),
            row(ProcessKeys.COOPERATION_AGREEMENT_PROCESS, "decideContinuation", "the partnership manager renews or lets it end",
                    Groups.PARTNERSHIP_MANAGERS),

            row(ProcessKeys.PARTNERSHIP_NEGOTIATION_PROCESS, "assessInitiative", "the partnership manager ticks the criteria met",
                    Groups.PARTNERSHIP_MANAGERS),
            row(ProcessKeys.PARTNERSHIP_NEGOTIATION_PROCESS, "recordNegotiationRound", "the partnership manager negotiates",
                    Groups.PARTNERSHIP_MANAGERS),
            row(ProcessKeys.PARTNERSHIP_NEGOTIATION_PROCESS, "approveDraft", "the partnership manager approves the draft",
                    Groups.PARTNERSHIP_MANAGERS),
            row(ProcessKeys.PARTNERSHIP_NEGOTIATION_PROCESS, "recordBoardDecision",
                    "the decision body approves the agreement, recorded by its secretary, not by the manager who negotiated it",
                    Groups.BOARD_SECRETARIES),
            row(ProcessKeys.PARTNERSHIP_NEGOTIATION_PROCESS, "recordSignatures", "the partnership manager records the signatures",
                    Groups.PARTNERSHIP_MANAGERS),

            row(ProcessKeys.PARTNERSHIP_AGREEMENT_PROCESS, "confirmYear", "the partnership manager confirms the year",
                    Groups.PARTNERSHIP_MANAGERS),
            row(ProcessKeys.PARTNERSHIP_AGREEMENT_PROCESS, "checkAnnualReport", "the partnership manager checks the annual report",
                    Groups.PARTNERSHIP_MANAGERS),
            row(ProcessKeys.PARTNERSHIP_AGREEMENT_PROCESS, "checkFinalReport", "the partnership manager checks the final report",
                    Groups.PARTNERSHIP_MANAGERS),
            row(ProcessKeys.PARTNERSHIP_AGREEMENT_PROCESS, "checkFinalReportAfterTermination",
                    "the partnership manager checks the final report of a terminated agreement", Groups.PARTNERSHIP_MANAGERS));

    @Test
    void everyUserTaskGoesToTheGroupsOfTheRoleTable() throws IOException {
        Map<String, UserTask> tasks = userTasks();

        assertThat(tasks.keySet()).as("user tasks of processes/*.bpmn, one row each in the role table")
                .containsExactlyInAnyOrderElementsOf(ROLE_TABLE.keySet());
        SoftAssertions softly = new SoftAssertions();
        tasks.forEach((key, task) -> {
            Role role = ROLE_TABLE.get(key);
            softly.assertThat(task.getCamundaCandidateGroupsList()).as("candidate groups of %s (%s): %s",
                    key, task.getName(), role.reason()).containsExactlyInAnyOrderElementsOf(role.groups());
            softly.assertThat(task.getCamundaAssignee()).as("assignee of %s: tasks go to a role, not a person", key).isNull();
            softly.assertThat(task.getCamundaCandidateUsersList()).as("candidate users of %s", key).isEmpty();
        });
        softly.assertAll();
    }

    @Test
    void theRoleTableNamesOnlyGroupsThatWorkTasks() {
        assertThat(ROLE_TABLE.values().stream().flatMap(role -> role.groups().stream()).filter(group -> !ROUTED_BY_DMN.equals(group)))
                .allMatch(Groups.TASK_WORKERS::contains);
    }

    @Test
    void reviewsGoToAServiceAreaOrTheLiaisonOfficers() throws IOException {
        List<String> reviewers;
        try (var in = Files.newInputStream(PROCESSES.resolve("review-routing.dmn"))) {
            reviewers = Dmn.readModelFromStream(in).getModelElementsByType(OutputEntry.class).stream()
                    .map(entry -> entry.getText().getTextContent().replace("\"", "").trim()).distinct().toList();
        }
        List<String> allowed = new ArrayList<>(Groups.SERVICE_AREAS);
        allowed.add(Groups.LIAISON_OFFICERS);

        assertThat(reviewers).containsExactlyInAnyOrderElementsOf(allowed);
    }

    /** Every user task by "process id/task id": ids repeat across models (recordBoardDecision, recordSignatures). */
    private static Map<String, UserTask> userTasks() throws IOException {
        Map<String, UserTask> tasks = new TreeMap<>();
        List<Path> models;
        try (Stream<Path> files = Files.list(PROCESSES)) {
            models = files.filter(file -> file.toString().endsWith(".bpmn")).sorted().collect(Collectors.toList());
        }
        assertThat(models).as("models in %s", PROCESSES.toAbsolutePath()).isNotEmpty();
        for (Path model : models) {
            BpmnModelInstance instance = Bpmn.readModelFromFile(model.toFile());
            for (UserTask task : instance.getModelElementsByType(UserTask.class)) {
                tasks.put(key(processOf(task).getId(), task.getId()), task);
            }
        }
        return tasks;
    }

    private static Process processOf(UserTask task) {
        org.camunda.bpm.model.xml.instance.ModelElementInstance parent = task.getParentElement();
        while (!(parent instanceof Process)) {
            parent = parent.getParentElement();
        }
        return (Process) parent;
    }

    private static Map.Entry<String, Role> row(String processKey, String taskId, String reason, String... groups) {
        return Map.entry(key(processKey, taskId), new Role(List.of(groups), reason));
    }

    private static String key(String processKey, String taskId) {
        return processKey + "/" + taskId;
    }
}
