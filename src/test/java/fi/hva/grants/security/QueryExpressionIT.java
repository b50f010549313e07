package fi.hva.grants.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Camunda 7.24.0 CE evaluates the expressions of or-queries although ad-hoc query expressions are forbidden
 * (CVE-2026-109432): every logged-in user could run code through each path below. Every role tries each path
 * with a harmless expression and with one that would set a system property if anything evaluated it, and is
 * answered as Camunda answers a top-level expression.
 */
@DemoSecurityTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryExpressionIT {

    static final List<String> USERS = Stream.concat(DemoUsers.USERS.stream().map(DemoUsers.DemoUser::id),
            Stream.of("admin")).toList();
    static final List<String> NON_ADMINS = DemoUsers.USERS.stream().map(DemoUsers.DemoUser::id).toList();

    static final String PROBE_PROPERTY = "grants.query-expression-probe";
    /** The reflection an attacker used to reach Runtime.exec, here only setting a system property. */
    static final String PROBE = "${''.getClass().forName('java.lang.System')"
            + ".getMethod('setProperty', ''.getClass(), ''.getClass())"
            + ".invoke(null, '" + PROBE_PROPERTY + "', 'evaluated')}";
    static final String HARMLESS = "${now()}";
    static final List<String> EXPRESSIONS = List.of(PROBE, HARMLESS);

    static final String OPEN_FILTER = "Kaikkien luettava testisuodatin";
    static final String OVERDUE_FILTER = "Myöhässä";

    @LocalServerPort
    int port;

    @Autowired
    FilterService filterService;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    AuthorizationService authorizationService;

    final ObjectMapper json = new ObjectMapper();
    EngineRest rest;
    String openFilterId;
    final List<String> createdAuthorizations = new ArrayList<>();
    final List<String> createdFilters = new ArrayList<>();

    @BeforeAll
    void createFilterEveryUserMayRead() {
        rest = new EngineRest(port);
        identityService.clearAuthentication();
        Filter filter = filterService.newTaskFilter(OPEN_FILTER).setQuery(taskService.createTaskQuery());
        openFilterId = filterService.saveFilter(filter).getId();
        // Every user reaches the execution of the filter, so only the expression check can refuse them.
        Authorization everybody = authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
        everybody.setResource(Resources.FILTER);
        everybody.setResourceId(openFilterId);
        everybody.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(everybody);
    }

    @AfterAll
    void deleteFilter() {
        identityService.clearAuthentication();
        filterService.deleteFilter(openFilterId);
    }

    @BeforeEach
    @AfterEach
    void clearProbe() {
        System.clearProperty(PROBE_PROPERTY);
        identityService.clearAuthentication();
    }

    @AfterEach
    void revokeTestGrants() {
        createdAuthorizations.forEach(authorizationService::deleteAuthorization);
        createdAuthorizations.clear();
        createdFilters.forEach(filterService::deleteFilter);
        createdFilters.clear();
    }

    @ParameterizedTest
    @MethodSource("users")
    void engineRestRefusesOrQueryExpressionsInTaskQueriesAndFilterExecutions(String user) throws Exception {
        HttpResponse<String> topLevel = rest.post("/task", user, query(Map.of("dueAfterExpression", HARMLESS)));
        assertThat(topLevel.statusCode()).as("Camunda's own answer to a top-level expression").isEqualTo(400);
        for (String expression : EXPRESSIONS) {
            String body = orQuery("dueAfterExpression", expression);
            assertAnsweredAsTopLevel(rest.post("/task", user, body), topLevel);
            assertAnsweredAsTopLevel(rest.post("/task/count", user, body), topLevel);
            assertAnsweredAsTopLevel(rest.post("/filter/" + openFilterId + "/list", user, body), topLevel);
            assertAnsweredAsTopLevel(rest.post("/filter/" + openFilterId + "/count", user, body), topLevel);
            // Camunda's REST answers every failed single result with a message of its own.
            assertRefused(rest.post("/filter/" + openFilterId + "/singleResult", user, body));
            // The shipped filter's own or-query expressions are evaluated; the ones the caller adds are not.
            assertRefused(rest.post("/filter/" + filterId(OVERDUE_FILTER) + "/list", user, body));
            assertRefused(rest.post("/filter/" + filterId(OVERDUE_FILTER) + "/count", user, body));
            assertNotEvaluated();
        }
    }

    @ParameterizedTest
    @MethodSource("users")
    void webappEngineApiRefusesOrQueryExpressionsInTaskQueriesAndFilterExecutions(String user) throws Exception {
        WebSession session = new WebSession(port, user);
        assertThat(session.login("johanna".equals(user) ? "cockpit" : "tasklist")).isEqualTo(200);
        HttpResponse<String> topLevel = session.webappEngineApi("POST", "/task", query(Map.of("dueAfterExpression", HARMLESS)));
        assertThat(topLevel.statusCode()).as("Camunda's own answer to a top-level expression").isEqualTo(400);
        for (String expression : EXPRESSIONS) {
            String body = orQuery("dueAfterExpression", expression);
            assertAnsweredAsTopLevel(session.webappEngineApi("POST", "/task", body), topLevel);
            assertAnsweredAsTopLevel(session.webappEngineApi("POST", "/task/count", body), topLevel);
            assertAnsweredAsTopLevel(session.webappEngineApi("POST", "/filter/" + openFilterId + "/list", body), topLevel);
            assertAnsweredAsTopLevel(session.webappEngineApi("POST", "/filter/" + openFilterId + "/count", body), topLevel);
            assertNotEvaluated();
        }
    }

    @Test
    void everyExpressionPropertyOfAnOrQueryIsRefused() throws Exception {
        HttpResponse<String> topLevel = rest.post("/task", "liisa", query(Map.of("dueAfterExpression", HARMLESS)));
        for (String property : List.of("assigneeExpression", "candidateGroupsExpression", "candidateUserExpression",
                "dueBeforeExpression", "followUpAfterExpression", "createdBeforeExpression", "ownerExpression",
                "processInstanceBusinessKeyExpression")) {
            assertAnsweredAsTopLevel(rest.post("/task", "liisa", orQuery(property, PROBE)), topLevel);
        }
        assertNotEvaluated();
    }

    @Test
    void orQueriesWithoutExpressionsStillWork() {
        HttpResponse<String> response = rest.post("/task", "eero",
                "{\"orQueries\":[{\"candidateGroup\":\"" + Groups.AREA_ELDERLY + "\",\"assignee\":\"eero\"}]}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /**
     * Officers are given no right to create or change filters; should a county give them one (Tasklist lets a
     * user with CREATE make filters of their own), a filter still cannot carry an expression to run.
     */
    @ParameterizedTest
    @MethodSource("nonAdmins")
    void nonAdministratorCannotStoreAFilterWithExpressions(String user) throws Exception {
        grant(user, Resources.FILTER, Authorization.ANY, Permissions.CREATE);
        String filterName = "Suodatin, jonka " + user + " yrittää tallentaa";
        String updatableId = updatableFilterFor(user);
        WebSession session = new WebSession(port, user);
        assertThat(session.login("johanna".equals(user) ? "cockpit" : "tasklist")).isEqualTo(200);

        for (String expression : EXPRESSIONS) {
            for (JsonNode query : List.of(orQueryNode("dueAfterExpression", expression),
                    queryNode(Map.of("dueAfterExpression", expression)))) {
                assertStoredRefusal(rest.post("/filter/create", user, filterJson(filterName, query)));
                assertStoredRefusal(session.webappEngineApi("POST", "/filter/create", filterJson(filterName, query)));
                assertStoredRefusal(rest.put("/filter/" + updatableId, user, filterJson(filterName, query)));
                assertStoredRefusal(session.webappEngineApi("PUT", "/filter/" + updatableId, filterJson(filterName, query)));
            }
        }
        assertThat(filterService.createFilterQuery().filterName(filterName).count()).isZero();
        Filter unchanged = filterService.getFilter(updatableId);
        assertThat(unchanged.getName()).isEqualTo("Päivitettävä suodatin " + user);
        assertThat(((TaskQueryImpl) unchanged.getQuery()).getQueries()).hasSize(1);
        assertThat(((TaskQueryImpl) unchanged.getQuery()).getExpressions()).isEmpty();
        assertNotEvaluated();

        // The same user may store the same filter without expressions: only the expression is refused.
        HttpResponse<String> plain = rest.post("/filter/create", user,
                filterJson(filterName, orQueryNode("candidateGroup", Groups.AREA_ELDERLY)));
        assertThat(plain.statusCode()).as(plain.body()).isEqualTo(200);
        filterService.deleteFilter(json.readTree(plain.body()).get("id").asText());
    }

    @Test
    void refusalToStoreIsExplainedInFinnish() throws Exception {
        grant("liisa", Resources.FILTER, Authorization.ANY, Permissions.CREATE);
        HttpResponse<String> response = rest.post("/filter/create", "liisa",
                filterJson("Liisan suodatin", orQueryNode("assigneeExpression", "${currentUser()}")));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("message").asText())
                .isEqualTo("Suodattimen kyselyssä on lausekkeita. Lausekkeita sisältävän suodattimen voi tallentaa vain pääkäyttäjä.");
    }

    @Test
    void administratorMayStoreAFilterWithOrQueryExpressionsAndListIt() throws Exception {
        HttpResponse<String> created = rest.post("/filter/create", "admin",
                filterJson("Pääkäyttäjän lausekesuodatin", orQueryNode("dueBeforeExpression", HARMLESS)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        String filterId = json.readTree(created.body()).get("id").asText();
        try {
            assertThat(rest.post("/filter/" + filterId + "/list", "admin", "{}").statusCode()).isEqualTo(200);
            assertThat(rest.post("/filter/" + filterId + "/count", "admin", "{}").statusCode()).isEqualTo(200);
        } finally {
            filterService.deleteFilter(filterId);
        }
    }

    Stream<String> users() {
        return USERS.stream();
    }

    Stream<String> nonAdmins() {
        return NON_ADMINS.stream();
    }

    private void assertAnsweredAsTopLevel(HttpResponse<String> response, HttpResponse<String> topLevel) throws Exception {
        assertNotEvaluated();
        assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(topLevel.statusCode());
        assertThat(json.readTree(response.body())).as(response.uri().toString()).isEqualTo(json.readTree(topLevel.body()));
    }

    private void assertRefused(HttpResponse<String> response) {
        assertNotEvaluated();
        assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isBetween(400, 499);
    }

    private void assertStoredRefusal(HttpResponse<String> response) throws Exception {
        assertNotEvaluated();
        assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("type").asText()).isEqualTo("BadUserRequestException");
    }

    private void assertNotEvaluated() {
        assertThat(System.getProperty(PROBE_PROPERTY)).as("the probe expression was evaluated").isNull();
    }

    private String updatableFilterFor(String user) {
        Filter filter = filterService.newTaskFilter("Päivitettävä suodatin " + user).setQuery(taskService.createTaskQuery());
        String filterId = filterService.saveFilter(filter).getId();
        createdFilters.add(filterId);
        grant(user, Resources.FILTER, filterId, Permissions.READ, Permissions.UPDATE);
        return filterId;
    }

    private void grant(String user, Resources resource, String resourceId, Permissions... permissions) {
        Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setUserId(user);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permissions permission : permissions) {
            authorization.addPermission(permission);
        }
        createdAuthorizations.add(authorizationService.saveAuthorization(authorization).getId());
    }

    private String filterId(String name) {
        return filterService.createFilterQuery().filterName(name).singleResult().getId();
    }

    private String query(Map<String, String> properties) throws Exception {
        return json.writeValueAsString(queryNode(properties));
    }

    private String orQuery(String property, String value) throws Exception {
        return json.writeValueAsString(orQueryNode(property, value));
    }

    private ObjectNode queryNode(Map<String, String> properties) {
        ObjectNode node = json.createObjectNode();
        properties.forEach(node::put);
        return node;
    }

    private ObjectNode orQueryNode(String property, String value) {
        ObjectNode node = json.createObjectNode();
        node.putArray("orQueries").addObject().put(property, value);
        return node;
    }

    private String filterJson(String name, JsonNode query) throws Exception {
        ObjectNode filter = json.createObjectNode();
        filter.put("resourceType", "Task");
        filter.put("name", name);
        filter.set("query", query);
        return json.writeValueAsString(filter);
    }
}
