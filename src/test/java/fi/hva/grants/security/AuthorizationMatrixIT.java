package fi.hva.grants.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.hva.grants.call.CallStatus;
import fi.hva.grants.call.GrantCallRepository;
import fi.hva.grants.common.Now;
import fi.hva.grants.decision.DecisionLetter;
import fi.hva.grants.decision.DecisionLetterRepository;
import fi.hva.grants.decision.letter.LetterKind;
import fi.hva.grants.grant.ApplicationAttachment;
import fi.hva.grants.grant.ApplicationAttachmentRepository;
import fi.hva.grants.grant.AttachmentKind;
import fi.hva.grants.grant.GrantApplication;
import fi.hva.grants.grant.GrantApplicationRepository;
import fi.hva.grants.partnership.Partnership;
import fi.hva.grants.partnership.PartnershipRepository;
import fi.hva.grants.payment.PaymentBatch;
import fi.hva.grants.payment.PaymentBatchRepository;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ProcessKeys;
import fi.hva.grants.process.Variables;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import static org.assertj.core.api.Assertions.assertThat;


/**
 * Every role (each group's demo user, and an anonymous visitor) against every resource: the webapps,
 * /engine-rest, the tasks and process instances it sees, and our own controllers. One row per
 * resource names the roles allowed; every other role must be refused. To add a resource (e.g. the
 * applicant API), add a {@link Row} to {@link #rows()}.
 * <p>
 * The files of a case (attachments, letters, payment files, agreement drafts) belong to cases whose open
 * task is one group's: an application in review by {@value #REVIEWER_GROUP}, a payment batch waiting for
 * finance's confirmation, and the demo's signed partnership, whose year the partnership manager confirms.
 * Besides that group only managers open them; every other logged-in role gets 404 ({@link #caseFileRows()}).
 */
@DemoSecurityTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

    static final String ANONYMOUS = "anonymous";

    /** A role as the demo user of its group; the anonymous visitor has no user. */
    record Role(String group, String user) {
        @Override
        public String toString() {
            return user == null ? ANONYMOUS : group + " (" + user + ")";
        }
    }

    static final List<Role> ROLES = List.of(
            new Role(Groups.LIAISON_OFFICERS, "liisa"),
            new Role(Groups.LIAISON_DEPUTIES, "ville"),
            new Role(Groups.AREA_MENTAL_HEALTH, "maija"),
            new Role(Groups.AREA_ELDERLY, "eero"),
            new Role(Groups.AREA_FAMILY, "pirjo"),
            new Role(Groups.AREA_DISABILITY, "veikko"),
            new Role(Groups.BOARD_SECRETARIES, "sanna"),
            new Role(Groups.FINANCE, "tapio"),
            new Role(Groups.PARTNERSHIP_MANAGERS, "kaisa"),
            new Role(Groups.MANAGERS, "johanna"),
            new Role(Groups.ADMINS, "admin"),
            new Role(ANONYMOUS, null));

    /** How a role tries the resource: the HTTP status it gets, or 200/403 for "sees it"/"does not see it". */
    interface Probe {
        int status(Role role);
    }

    /** One resource, how it is tried, and the groups allowed; everybody else is refused. */
    record Row(String resource, Probe probe, Set<String> allowed) {
    }

    /** The group whose review task the application of the case-file rows waits in (ProcessFixtures' content area). */
    static final String REVIEWER_GROUP = Groups.AREA_MENTAL_HEALTH;
    static final String CONFIRM_BATCH_TASK = "confirmPaymentBatch";

    @LocalServerPort int port;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;
    @Autowired GrantCallRepository calls;
    @Autowired GrantApplicationRepository applications;
    @Autowired ApplicationAttachmentRepository attachments;
    @Autowired DecisionLetterRepository letters;
    @Autowired PaymentBatchRepository batches;
    @Autowired PartnershipRepository partnerships;

    private final Map<String, String> taskOfGroup = new HashMap<>();
    private final Map<Role, WebSession> webappSessions = new ConcurrentHashMap<>();
    private final List<String> startedCalls = new ArrayList<>();
    private String applicationInstanceId;
    private String reviewedInstanceId;
    private GrantApplication reviewed;
    private ApplicationAttachment attachment;
    private DecisionLetter letter;
    private PaymentBatch batch;
    private String batchInstanceId;
    private Long draftPartnershipId;

    @BeforeAll
    void resourcesToTry() {
        identityService.clearAuthentication();
        for (String group : Groups.TASK_WORKERS) {
            Task task = taskService.newTask();
            task.setName("Matriisin koetehtävä " + group);
            taskService.saveTask(task);
            taskService.addCandidateGroup(task.getId(), group);
            taskOfGroup.put(group, task.getId());
        }
        applicationInstanceId = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.APPLICATION_PROCESS).listPage(0, 1).get(0).getId();
        reviewed = applicationInReview();
        attachment = attachments.save(new ApplicationAttachment(reviewed.getId(), AttachmentKind.BUDGET, "talousarvio.pdf",
                "application/pdf", new byte[] {'%', 'P', 'D', 'F'}, Now.instant()));
        letter = letters.save(new DecisionLetter(reviewed.getId(), LetterKind.DECISION,
                "matriisi.pdf", new byte[] {'%', 'P', 'D', 'F'}, Now.instant()));
        PaymentBatch files = new PaymentBatch(Now.instant(), LocalDate.now());
        files.attachFiles("<Document/>".getBytes(StandardCharsets.UTF_8), "a;b".getBytes(StandardCharsets.UTF_8));
        batch = batches.save(files);
        batchInstanceId = runtimeService.createProcessInstanceByKey(ProcessKeys.PAYMENT_BATCH_PROCESS)
                .startBeforeActivity(CONFIRM_BATCH_TASK).setVariable(Variables.BATCH_ID, batch.getId()).execute().getId();
        Partnership drafted = partnerships.findAll().stream().filter(p -> p.getDraftPdf() != null).findFirst()
                .orElseThrow(() -> new IllegalStateException("The demo data has a drafted partnership agreement"));
        assertThat(candidateGroupsOfOpenTasks(drafted.getPartnershipNumber()))
                .as("the demo's drafted partnership waits for the partnership manager only").containsExactly(Groups.PARTNERSHIP_MANAGERS);
        draftPartnershipId = drafted.getId();
    }

    /** A new application of the open call, past the listing check and waiting in {@link #REVIEWER_GROUP}'s review. */
    private GrantApplication applicationInReview() {
        String openCall = calls.findAll().stream().filter(call -> call.getStatus() == CallStatus.OPEN).findFirst().orElseThrow().getCode();
        var instance = runtimeService.startProcessInstanceByKey(ProcessKeys.APPLICATION_PROCESS, ProcessFixtures.application(openCall));
        reviewedInstanceId = instance.getId();
        // The test profile runs no job executor: the listing check (the demo's local list knows the association) runs here.
        for (var job = managementService.createJobQuery().processInstanceId(reviewedInstanceId).executable().singleResult(); job != null;
                job = managementService.createJobQuery().processInstanceId(reviewedInstanceId).executable().singleResult()) {
            managementService.executeJob(job.getId());
        }
        String number = runtimeService.createProcessInstanceQuery().processInstanceId(reviewedInstanceId).singleResult().getBusinessKey();
        assertThat(candidateGroupsOfOpenTasks(number)).as("the new application waits for its review").containsExactly(REVIEWER_GROUP);
        return applications.findByApplicationNumber(number).orElseThrow();
    }

    private List<String> candidateGroupsOfOpenTasks(String businessKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).list().stream()
                .flatMap(task -> taskService.getIdentityLinksForTask(task.getId()).stream())
                .map(IdentityLink::getGroupId).filter(java.util.Objects::nonNull).distinct().toList();
    }

    @AfterAll
    void removeResources() {
        taskOfGroup.values().forEach(id -> taskService.deleteTask(id, true));
        startedCalls.forEach(id -> runtimeService.deleteProcessInstance(id, "authorization matrix"));
        runtimeService.deleteProcessInstance(reviewedInstanceId, "authorization matrix", true);
        runtimeService.deleteProcessInstance(batchInstanceId, "authorization matrix", true);
        attachments.delete(attachment);
        letters.delete(letter);
        batches.delete(batch);
    }

    List<Row> rows() {
        Set<String> officers = Set.copyOf(Groups.TASK_WORKERS);
        List<Row> rows = new ArrayList<>(List.of(
                new Row("Tasklist", role -> webapp(role, "tasklist"), union(officers, Groups.ADMINS)),
                new Row("Cockpit", role -> webapp(role, "cockpit"), Set.of(Groups.MANAGERS, Groups.ADMINS)),
                new Row("Admin", role -> webapp(role, "admin"), Set.of(Groups.ADMINS)),
                new Row("REST GET /task", role -> rest(role, "GET", "/task?maxResults=1", null).statusCode(),
                        allGroups()),
                new Row("REST GET /process-instance shows application instances",
                        role -> lists(rest(role, "GET", "/process-instance?processDefinitionKey=" + ProcessKeys.APPLICATION_PROCESS, null),
                                applicationInstanceId),
                        Set.of(Groups.MANAGERS, Groups.ADMINS)),
                new Row("REST GET /process-instance/{id} of an application",
                        role -> rest(role, "GET", "/process-instance/" + applicationInstanceId, null).statusCode(),
                        Set.of(Groups.MANAGERS, Groups.ADMINS)),
                new Row("REST PUT /user/{own id}/profile (unchanged)", this::updateOwnProfile,
                        union(Set.copyOf(Groups.TASK_WORKERS), Groups.ADMINS)),
                new Row("REST POST /process-definition/key/grantCall/start",
                        this::startCall, Set.of(Groups.LIAISON_OFFICERS, Groups.LIAISON_DEPUTIES, Groups.ADMINS)),
                new Row("/managers/stuck-cases", role -> webappSession(role).get("/managers/stuck-cases"), Set.of(Groups.MANAGERS)),
                new Row("/managers/reports.csv", role -> webappSession(role).get("/managers/reports.csv"), Set.of(Groups.MANAGERS)),
                new Row("applicant API GET /api/applicant/applications (officers' logins are no applicant session)",
                        role -> webappSession(role).get("/api/applicant/applications"), Set.of()),
                new Row("applicant API GET /api/applicant/partnerships (officers' logins are no applicant session)",
                        role -> webappSession(role).get("/api/applicant/partnerships"), Set.of()),
                new Row("/actuator/prometheus on the public port (it answers on the management port)",
                        role -> webappSession(role).get("/actuator/prometheus"), Set.of())));
        rows.addAll(caseFileRows());
        for (String group : Groups.TASK_WORKERS) {
            rows.add(new Row("task of " + group + " in REST GET /task",
                    role -> lists(rest(role, "GET", "/task?maxResults=5000", null), taskOfGroup.get(group)),
                    Set.of(group, Groups.MANAGERS, Groups.ADMINS)));
        }
        return rows;
    }

    /** The files of cases, each opened by the group whose task the case waits in and by managers. */
    List<Row> caseFileRows() {
        Set<String> reviewers = Set.of(REVIEWER_GROUP, Groups.MANAGERS);
        Set<String> finance = Set.of(Groups.FINANCE, Groups.MANAGERS);
        return List.of(
                new Row("/applications/{id}/attachments (attachment list of an application in review)",
                        role -> webappSession(role).get("/applications/" + reviewed.getId() + "/attachments"), reviewers),
                new Row("/attachments/{id} (attachment of an application in review)",
                        role -> webappSession(role).get("/attachments/" + attachment.getId()), reviewers),
                new Row("/letters/{id} (letter of an application in review)",
                        role -> webappSession(role).get("/letters/" + letter.getId()), reviewers),
                new Row("/payment-batches/{id}/pain001.xml (batch waiting for confirmation)",
                        role -> webappSession(role).get("/payment-batches/" + batch.getId() + "/pain001.xml"), finance),
                new Row("/payment-batches/{id}/payments.csv (batch waiting for confirmation)",
                        role -> webappSession(role).get("/payment-batches/" + batch.getId() + "/payments.csv"), finance),
                new Row("/partnerships/{id}/agreement-draft.pdf (draft of a signed partnership)",
                        role -> webappSession(role).get("/partnerships/" + draftPartnershipId + "/agreement-draft.pdf"),
                        Set.of(Groups.PARTNERSHIP_MANAGERS, Groups.MANAGERS)));
    }

    Stream<Arguments> matrix() {
        return rows().stream().flatMap(row -> ROLES.stream().map(role -> Arguments.of(row.resource(), role, row)));
    }

    Stream<Arguments> caseFiles() {
        return caseFileRows().stream().flatMap(row -> ROLES.stream().map(role -> Arguments.of(row.resource(), role, row)));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("matrix")
    void roleGetsExactlyItsAccess(String resource, Role role, Row row) {
        int status = row.probe().status(role);
        boolean expected = row.allowed().contains(role.group());
        assertThat(status).as("%s as %s: HTTP status", resource, role).isIn(200, 204, 401, 403, 404);
        assertThat(status / 100 == 2).as("%s as %s (HTTP %d) allowed", resource, role, status).isEqualTo(expected);
    }

    /**
     * A file of a case the officer may not read is not found, as an id that does not exist, so ids cannot be probed;
     * the group working on the case opens it. Anyone who is no officer or manager (an anonymous visitor, the
     * administrator) is asked to log in as one, whatever the id.
     */
    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("caseFiles")
    void caseFileIsFoundOnlyByThoseWhoMayReadTheCase(String resource, Role role, Row row) {
        boolean officer = role.user() != null && !Groups.ADMINS.equals(role.group());
        int expected = !officer ? 401 : row.allowed().contains(role.group()) ? 200 : 404;
        assertThat(row.probe().status(role)).as("%s as %s", resource, role).isEqualTo(expected);
    }

    private int webapp(Role role, String app) {
        if (role.user() == null) {
            return new WebSession(port, null).get("/camunda/api/engine/engine/default/task/count");
        }
        return new WebSession(port, role.user()).login(app);
    }

    /** The browser of a user logged in to whichever webapp they may use; anonymous stays logged out. */
    private WebSession webappSession(Role role) {
        return webappSessions.computeIfAbsent(role, r -> {
            WebSession session = new WebSession(port, r.user());
            if (r.user() != null) {
                Stream.of("tasklist", "cockpit", "admin").filter(app -> session.login(app) == 200).findFirst();
            }
            return session;
        });
    }

    private HttpResponse<String> rest(Role role, String method, String path, String body) {
        return new WebSession(port, role.user()).rest(method, path, body);
    }

    /** Saves the role's own profile as it is, so that nothing changes whoever may save it. */
    private int updateOwnProfile(Role role) {
        String userId = role.user() == null ? "liisa" : role.user();
        var user = identityService.createUserQuery().userId(userId).singleResult();
        Map<String, String> profile = new HashMap<>();
        profile.put("id", userId);
        profile.put("firstName", user.getFirstName());
        profile.put("lastName", user.getLastName());
        profile.put("email", user.getEmail());
        try {
            return rest(role, "PUT", "/user/" + userId + "/profile", new ObjectMapper().writeValueAsString(profile)).statusCode();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private int startCall(Role role) {
        HttpResponse<String> response = rest(role, "POST", "/process-definition/key/" + ProcessKeys.CALL_PROCESS + "/start",
                "{\"variables\":{\"grantForm\":{\"value\":\"OPERATING\"},\"grantYear\":{\"value\":2028}}}");
        if (response.statusCode() == 200) {
            String body = response.body();
            int idStart = body.indexOf("\"id\":\"") + 6;
            startedCalls.add(body.substring(idStart, body.indexOf('"', idStart)));
        }
        return response.statusCode();
    }

    /** 200 when the list answered and holds the id, 403 when it answered without it (the role does not see it). */
    private static int lists(HttpResponse<String> response, String id) {
        if (response.statusCode() != 200) {
            return response.statusCode();
        }
        return response.body().contains("\"" + id + "\"") ? 200 : 403;
    }

    private static Set<String> allGroups() {
        return union(Set.copyOf(Groups.TASK_WORKERS), Groups.MANAGERS, Groups.ADMINS);
    }

    private static Set<String> union(Set<String> groups, String... more) {
        Set<String> all = new HashSet<>(groups);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }
}
