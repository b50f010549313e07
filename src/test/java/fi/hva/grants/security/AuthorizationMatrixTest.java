package fi.hva.grants.security;

import fi.hva.grants.common.Now;
import fi.hva.grants.decision.DecisionLetter;
import fi.hva.grants.decision.DecisionLetterRepository;
import fi.hva.grants.decision.letter.LetterKind;
import fi.hva.grants.grant.GrantApplicationRepository;
import fi.hva.grants.partnership.negotiated.PartnershipRepository;
import fi.hva.grants.payment.PaymentBatch;
import fi.hva.grants.payment.PaymentBatchRepository;
import fi.hva.grants.process.ProcessKeys;
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
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
 */
@DemoSecurityTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

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

    @LocalServerPort int port;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired IdentityService identityService;
    @Autowired GrantApplicationRepository applications;
    @Autowired DecisionLetterRepository letters;
    @Autowired PaymentBatchRepository batches;
    @Autowired PartnershipRepository partnerships;

    private final Map<String, String> taskOfGroup = new HashMap<>();
    private final Map<Role, WebSession> webappSessions = new ConcurrentHashMap<>();
    private final List<String> startedCalls = new ArrayList<>();
    private String applicationInstanceId;
    private DecisionLetter letter;
    private PaymentBatch batch;
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
        letter = letters.save(new DecisionLetter(applications.findAll().get(0).getId(), LetterKind.DECISION,
                "matriisi.pdf", new byte[] {'%', 'P', 'D', 'F'}, Now.instant()));
        PaymentBatch files = new PaymentBatch(Now.instant(), LocalDate.now());
        files.attachFiles("<Document/>".getBytes(StandardCharsets.UTF_8), "a;b".getBytes(StandardCharsets.UTF_8));
        batch = batches.save(files);
        draftPartnershipId = partnerships.findAll().stream().filter(p -> p.getDraftPdf() != null).findFirst()
                .orElseThrow(() -> new IllegalStateException("The demo data has a drafted partnership agreement")).getId();
    }

    @AfterAll
    void removeResources() {
        taskOfGroup.values().forEach(id -> taskService.deleteTask(id, true));
        startedCalls.forEach(id -> runtimeService.deleteProcessInstance(id, "authorization matrix"));
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
                new Row("REST POST /process-definition/key/grantCall/start",
                        this::startCall, Set.of(Groups.LIAISON_OFFICERS, Groups.LIAISON_DEPUTIES, Groups.ADMINS)),
                new Row("/letters/{id} (decision letter PDF)",
                        role -> webappSession(role).get("/letters/" + letter.getId()), union(officers, Groups.MANAGERS)),
                new Row("/payment-batches/{id}/pain001.xml",
                        role -> webappSession(role).get("/payment-batches/" + batch.getId() + "/pain001.xml"), Set.of(Groups.FINANCE)),
                new Row("/payment-batches/{id}/payments.csv",
                        role -> webappSession(role).get("/payment-batches/" + batch.getId() + "/payments.csv"), Set.of(Groups.FINANCE)),
                // Open by design: the actuator is exposed to the monitoring network only (README, "Monitoring").
                new Row("/partnerships/{id}/agreement-draft.pdf (draft partnership agreement)",
                        role -> webappSession(role).get("/partnerships/" + draftPartnershipId + "/agreement-draft.pdf"),
                        Set.of(Groups.PARTNERSHIP_MANAGERS, Groups.MANAGERS)),
                new Row("/managers/stuck-cases", role -> webappSession(role).get("/managers/stuck-cases"), Set.of(Groups.MANAGERS)),
                new Row("/managers/reports.csv", role -> webappSession(role).get("/managers/reports.csv"), Set.of(Groups.MANAGERS)),
                new Row("applicant API GET /api/applicant/applications (officers' logins are no applicant session)",
                        role -> webappSession(role).get("/api/applicant/applications"), Set.of()),
                new Row("applicant API GET /api/applicant/partnerships (officers' logins are no applicant session)",
                        role -> webappSession(role).get("/api/applicant/partnerships"), Set.of()),
                new Row("/actuator/prometheus on the public port (it answers on the management port)",
                        role -> webappSession(role).get("/actuator/prometheus"), Set.of())));
        for (String group : Groups.TASK_WORKERS) {
            rows.add(new Row("task of " + group + " in REST GET /task",
                    role -> lists(rest(role, "GET", "/task?maxResults=5000", null), taskOfGroup.get(group)),
                    Set.of(group, Groups.MANAGERS, Groups.ADMINS)));
        }
        return rows;
    }

    Stream<Arguments> matrix() {
        return rows().stream().flatMap(row -> ROLES.stream().map(role -> Arguments.of(row.resource(), role, row)));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("matrix")
    void roleGetsExactlyItsAccess(String resource, Role role, Row row) {
        int status = row.probe().status(role);
        boolean expected = row.allowed().contains(role.group());
        assertThat(status).as("%s as %s: HTTP status", resource, role).isIn(200, 204, 401, 403, 404);
        assertThat(status / 100 == 2).as("%s as %s (HTTP %d) allowed", resource, role, status).isEqualTo(expected);
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
