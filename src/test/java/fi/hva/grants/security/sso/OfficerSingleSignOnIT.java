package fi.hva.grants.security.sso;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import fi.hva.grants.common.HeadlessChromium;
import fi.hva.grants.security.Groups;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Officers' single sign-on against a real OpenID Connect provider started here (mock-oauth2-server, interactive
 * login: whoever signs in types a user and the claims of their token). The provider's groups {@code talous},
 * {@code yhdyshenkilot}, {@code johto} and {@code paakayttajat} map to finance, liaison officers, managers and
 * administrators; anything else maps to nothing. The engine keeps the test profile's unique name, so the addresses name it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "grants.officers.login=oidc")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficerSingleSignOnIT {

    private static final String ISSUER_ID = "county";
    private static final String CLIENT_ID = "jarjestoavustukset";
    private static final String FINANCE_TASK = "Maksuerän tarkistus (SSO-testi)";
    private static final String LIAISON_TASK = "Hakemuksen esikäsittely (SSO-testi)";

    static final MockOAuth2Server PROVIDER = new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\":true}"));

    static {
        PROVIDER.start();
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add(SingleSignOn.ISSUER, () -> PROVIDER.issuerUrl(ISSUER_ID).toString());
        registry.add(SingleSignOn.CLIENT_ID, () -> CLIENT_ID);
        registry.add(SingleSignOn.CLIENT_SECRET, () -> "salaisuus");
        registry.add("spring.security.oauth2.client.registration.county.scope", () -> "openid,profile,email");
        registry.add("grants.officers.oidc.group-mapping.talous", () -> Groups.FINANCE);
        registry.add("grants.officers.oidc.group-mapping.yhdyshenkilot", () -> Groups.LIAISON_OFFICERS);
        registry.add("grants.officers.oidc.group-mapping.johto", () -> Groups.MANAGERS);
        registry.add("grants.officers.oidc.group-mapping.paakayttajat", () -> Groups.ADMINS);
    }

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void tasksOfTwoGroups() {
        task(FINANCE_TASK, Groups.FINANCE);
        task(LIAISON_TASK, Groups.LIAISON_OFFICERS);
    }

    @AfterAll
    void stopProvider() {
        PROVIDER.shutdown();
    }

    @Test
    void browserGoesFromTasklistToTheProviderAndBackSeesItsGroupsTasksAndLogsOutOfBoth() throws Exception {
        ChromeDriver browser = HeadlessChromium.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(url(tasklist()));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
            assertThat(browser.getCurrentUrl()).startsWith(PROVIDER.authorizationEndpointUrl(ISSUER_ID).toString());

            browser.findElement(By.name("username")).sendKeys("tarja");
            browser.findElement(By.name("claims")).sendKeys("""
                    {"groups": ["talous", "kirjasto"], "given_name": "Tarja", "family_name": "Talonen", "email": "tarja@kainuu.example"}""");
            browser.findElement(By.cssSelector("input[type=submit]")).click();
            wait.until(ExpectedConditions.urlContains(url(tasklist())));

            browser.get(url("/camunda/api/engine/engine/" + engine.getName() + "/task"));
            assertThat(taskNames(browser.findElement(By.tagName("body")).getText())).containsExactly(FINANCE_TASK);
            browser.get(url("/camunda/api/admin/auth/user/" + engine.getName()));
            JsonNode login = json.readTree(browser.findElement(By.tagName("body")).getText());
            assertThat(login.get("userId").asText()).isEqualTo("tarja");
            assertThat(login.get("authorizedApps").toString()).contains("tasklist").doesNotContain("cockpit", "admin");
            assertThat(identityService.createUserQuery().userId("tarja").singleResult().getLastName()).isEqualTo("Talonen");
            assertThat(identityService.createGroupQuery().groupMember("tarja").list())
                    .extracting(org.camunda.bpm.engine.identity.Group::getId).containsExactly(Groups.FINANCE);

            // Tasklist's logout button: its call, with Camunda's CSRF token, as the page sends it; the page's script
            // (grants-sso-logout.js) then takes the browser to the provider's logout and from there back to Tasklist.
            browser.get(url(tasklist()));
            wait.until(driver -> driver.manage().getCookieNamed("XSRF-TOKEN") != null
                    && Boolean.TRUE.equals(browser.executeScript("return XMLHttpRequest.prototype.open.toString().includes('logout')")));
            Object answer = browser.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const xhr = new XMLHttpRequest();
                    xhr.onreadystatechange = () => { if (xhr.readyState === 4) done(xhr.status + ' ' + xhr.responseText); };
                    xhr.open('POST', arguments[0]);
                    xhr.setRequestHeader('Accept', 'application/json, text/plain, */*');
                    xhr.setRequestHeader('X-XSRF-TOKEN', arguments[1]);
                    xhr.send();""", "/camunda/api/admin/auth/user/" + engine.getName() + "/logout",
                    browser.manage().getCookieNamed("XSRF-TOKEN").getValue());
            assertThat(answer.toString()).startsWith("200 ").contains(PROVIDER.endSessionEndpointUrl(ISSUER_ID).toString(), "id_token_hint");

            wait.until(ExpectedConditions.urlContains(PROVIDER.authorizationEndpointUrl(ISSUER_ID).toString()));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
            assertThat(providerRequests()).anyMatch(path -> path.startsWith("/" + ISSUER_ID + "/endsession"));

            browser.get(url(tasklist()));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
            assertThat(browser.getCurrentUrl()).startsWith(PROVIDER.authorizationEndpointUrl(ISSUER_ID).toString());
        } finally {
            browser.quit();
        }
    }

    @Test
    void managerOpensTheirPageBeforeAnyWebappPageAndAnOfficerIsRefused() throws Exception {
        HttpClient manager = browser();
        HttpResponse<String> stuck = signIn(manager, "/managers/stuck-cases", "johanna", List.of("johto"));
        assertThat(stuck.statusCode()).as(redirects(stuck)).isEqualTo(200);
        assertThat(stuck.body()).as(redirects(stuck)).contains("<h1>Jumittuneet asiat</h1>");

        HttpClient officer = browser();
        assertThat(signIn(officer, "/managers/stuck-cases", "ville", List.of("yhdyshenkilot")).statusCode()).isEqualTo(403);
        assertThat(getJson(officer, "/camunda/api/engine/engine/" + engine.getName() + "/task").body()).contains(LIAISON_TASK)
                .doesNotContain(FINANCE_TASK);
    }

    @Test
    void aLoginAnswerThatWasNeverAskedForIsRefusedInFinnish() throws Exception {
        HttpResponse<String> forged = get(browser(), "/login/oauth2/code/" + SingleSignOn.REGISTRATION + "?code=keksitty&state=keksitty");

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.body()).contains("<h1>Kirjautuminen ei onnistunut</h1>", "href=\"/camunda/app/\"");
    }

    @Test
    void aTokenWithOnlyUnknownGroupsSeesNothing() throws Exception {
        HttpClient stranger = browser();
        signIn(stranger, tasklist(), "kalle", List.of("kirjasto", "Talous"));

        HttpResponse<String> tasks = getJson(stranger, "/camunda/api/engine/engine/" + engine.getName() + "/task");
        assertThat(tasks.body()).doesNotContain(FINANCE_TASK, LIAISON_TASK);
        assertThat(getJson(stranger, "/camunda/api/admin/auth/user/" + engine.getName()).body()).doesNotContain("tasklist");
        assertThat(identityService.createGroupQuery().groupMember("kalle").count()).isZero();

        HttpResponse<String> rest = rest("/task", bearer(token("kalle", List.of("kirjasto"), 3600)));
        assertThat(rest.statusCode()).isEqualTo(200);
        assertThat(taskNames(rest.body())).isEmpty();
    }

    @Test
    void engineRestTakesValidBearerTokensOfTheProviderOnly() throws Exception {
        HttpResponse<String> finance = rest("/task", bearer(token("tapio", List.of("talous"), 3600)));
        assertThat(finance.statusCode()).isEqualTo(200);
        assertThat(taskNames(finance.body())).containsExactly(FINANCE_TASK);
        assertThat(taskNames(rest("/task", bearer(token("liisa", List.of("yhdyshenkilot"), 3600))).body())).containsExactly(LIAISON_TASK);

        assertThat(rest("/task", null).statusCode()).isEqualTo(401);
        assertThat(rest("/task", bearer(token("tapio", List.of("talous"), -3600))).statusCode()).as("expired").isEqualTo(401);
        assertThat(rest("/task", bearer(signedByAnotherKey("tapio", List.of("talous")))).statusCode()).as("foreign key").isEqualTo(401);
        assertThat(rest("/task", "Basic " + Base64.getEncoder().encodeToString("tapio:demo".getBytes(StandardCharsets.UTF_8)))
                .statusCode()).as("HTTP Basic").isEqualTo(401);
    }

    @Test
    void nobodyMaintainsOfficersInTheEngineNotEvenAnAdministrator() throws Exception {
        String administrator = bearer(token("paula", List.of("paakayttajat"), 3600));
        assertThat(rest("/deployment/count", administrator).statusCode()).isEqualTo(200);

        HttpResponse<String> user = post("/user/create", administrator, """
                {"profile": {"id": "mallory", "firstName": "M", "lastName": "M", "email": "m@example.com"},
                 "credentials": {"password": "mallory-1234"}}""");
        HttpResponse<String> group = post("/group/create", administrator, """
                {"id": "varjo", "name": "Varjoryhmä", "type": "WORKFLOW"}""");
        HttpResponse<String> membership = put("/group/" + Groups.ADMINS + "/members/tapio", administrator);

        assertThat(user.statusCode()).as(user.body()).isEqualTo(403);
        assertThat(group.statusCode()).as(group.body()).isEqualTo(403);
        assertThat(membership.statusCode()).as(membership.body()).isEqualTo(403);
        assertThat(identityService.isReadOnly()).isTrue();
        assertThat(identityService.createUserQuery().userId("mallory").count()).isZero();
        assertThat(identityService.checkPassword("mallory", "mallory-1234")).isFalse();
        assertThat(identityService.createGroupQuery().list()).extracting(org.camunda.bpm.engine.identity.Group::getId)
                .containsExactlyInAnyOrderElementsOf(Groups.ALL);
    }

    /** The paths the provider has been asked for so far (the server answers "none within the timeout" by throwing). */
    private static List<String> providerRequests() {
        List<String> paths = new ArrayList<>();
        while (true) {
            try {
                paths.add(PROVIDER.takeRequest(1, TimeUnit.SECONDS).getPath());
            } catch (RuntimeException noMore) {
                return paths;
            }
        }
    }

    private void task(String name, String groupId) {
        Task task = taskService.newTask();
        task.setName(name);
        taskService.saveTask(task);
        taskService.addCandidateGroup(task.getId(), groupId);
    }

    private String tasklist() {
        return "/camunda/app/tasklist/" + engine.getName() + "/";
    }

    private List<String> taskNames(String body) throws IOException {
        List<String> names = new ArrayList<>();
        for (JsonNode task : json.readTree(body)) {
            names.add(task.get("name").asText());
        }
        return names;
    }

    /** The redirects that led to an answer, last first, for a failure message. */
    private static String redirects(HttpResponse<String> response) {
        StringBuilder chain = new StringBuilder();
        for (Optional<HttpResponse<String>> step = Optional.of(response); step.isPresent(); step = step.get().previousResponse()) {
            chain.append(step.get().statusCode()).append(' ').append(step.get().uri()).append(" -> ")
                    .append(step.get().headers().firstValue("Location").orElse("")).append('\n');
        }
        return chain.toString();
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** The authorization code flow as a browser makes it: the app sends to the provider, its form is filled in and sent. */
    private HttpResponse<String> signIn(HttpClient browser, String path, String user, List<String> groups) throws Exception {
        HttpResponse<String> loginPage = get(browser, path);
        assertThat(loginPage.uri().toString()).startsWith(PROVIDER.authorizationEndpointUrl(ISSUER_ID).toString());
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&claims=" + URLEncoder.encode(json.writeValueAsString(Map.of("groups", groups)), StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(loginPage.uri()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A page load: Spring Security sends a browser, which asks for HTML, to the provider's login and back. */
    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A call of the webapps' own API in the browser's session. */
    private HttpResponse<String> getJson(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> rest(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(engineRest(path)))).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String authorization, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(engineRest(path))))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> put(String path, String authorization) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(engineRest(path))))
                .header("Authorization", authorization).PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String engineRest(String path) {
        return "/engine-rest/engine/" + engine.getName() + path;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    /** An access token of the provider for an integration acting as the user, valid for the given seconds (negative: expired). */
    private static String token(String user, List<String> groups, long validSeconds) {
        return PROVIDER.issueToken(ISSUER_ID, CLIENT_ID, new DefaultOAuth2TokenCallback(ISSUER_ID, user, "JWT", List.of(CLIENT_ID),
                Map.of("groups", groups), validSeconds)).serialize();
    }

    /** The same claims as the provider would give, signed with a key that is not the provider's but names its key id. */
    private String signedByAnotherKey(String user, List<String> groups) throws Exception {
        String providersKeyId = json.readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(PROVIDER.jwksUrl(ISSUER_ID).uri())
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body()).get("keys").get(0).get("kid").asText();
        RSAKey key = new RSAKeyGenerator(2048).keyID(providersKeyId).generate();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(PROVIDER.issuerUrl(ISSUER_ID).toString()).subject(user)
                .audience(CLIENT_ID).issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(3600)))
                .claim("groups", groups).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
