package fi.hva.grants.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A fresh install without the demo profile, as an attacker and an operator meet it: the administrator comes from
 * configuration, the webapps' anonymous setup is closed, actuator answers only on the management port, mail that
 * cannot be delivered leaves the node healthy, our pages carry security headers, and REST server errors say nothing
 * about the server. The engine keeps the test profile's unique name (only one context may hold "default"), so the
 * REST calls name it in the path, as {@code /engine-rest/engine/{name}/...}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // An install that chose local Camunda users (the default is the county's single sign-on, security.sso).
        "grants.officers.login=local",
        "management.server.port=0",
        "grants.mail.deliver=true", "spring.mail.host=localhost", "spring.mail.port=1"})
@ActiveProfiles("test")
@AutoConfigureMockMvc
@AutoConfigureObservability
class ProductionStartIT {

    static final String ADMIN = "paakayttaja";
    static final String ADMIN_PASSWORD = "Vahva-salasana-joulukuu-2026";

    @DynamicPropertySource
    static void administrator(DynamicPropertyRegistry registry) {
        registry.add("grants.admin.user", () -> ADMIN);
        registry.add("grants.admin.password-hash", () -> new BCryptPasswordEncoder(4).encode(ADMIN_PASSWORD));
    }

    @LocalServerPort int port;
    @LocalManagementPort int managementPort;
    @Autowired IdentityService identityService;
    @Autowired MockMvc mvc;
    @Autowired ProcessEngine engine;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

    @Test
    void anonymousVisitorCannotCreateTheFirstAdministrator() {
        send(HttpRequest.newBuilder(uri(port, "/camunda/app/admin/default/setup/")).GET());
        String csrfToken = cookies.getCookieStore().getCookies().stream().filter(cookie -> "XSRF-TOKEN".equals(cookie.getName()))
                .map(HttpCookie::getValue).findFirst().orElse("");

        HttpResponse<String> setup = send(HttpRequest.newBuilder(uri(port, "/camunda/api/admin/setup/default/user/create"))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", csrfToken)
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"profile":{"id":"mallory","firstName":"M","lastName":"M","email":"m@example.com"},
                         "credentials":{"password":"mallory-1234"}}""")));

        assertThat(setup.statusCode()).isEqualTo(403);
        assertThat(identityService.createUserQuery().userId("mallory").count()).isZero();
        assertThat(identityService.createUserQuery().memberOfGroup(Groups.ADMINS).list())
                .extracting(org.camunda.bpm.engine.identity.User::getId).containsExactly(ADMIN);
    }

    @Test
    void configuredAdministratorSignsInWithThePasswordOfTheHash() {
        assertThat(identityService.checkPassword(ADMIN, ADMIN_PASSWORD)).isTrue();
        assertThat(send(HttpRequest.newBuilder(uri(port, engineRest("/deployment/count")))
                .header("Authorization", basic(ADMIN, ADMIN_PASSWORD)).GET()).statusCode()).isEqualTo(200);
        assertThat(identityService.createUserQuery().userId(ADMIN).memberOfGroup(Groups.ADMINS).count()).isOne();
    }

    @Test
    void administratorSettingsMustComeTogetherAndAsABcryptHash() {
        assertThatThrownBy(() -> new AdministratorProperties("root", null)).hasMessageContaining("GRANTS_ADMIN_PASSWORD_HASH");
        assertThatThrownBy(() -> new AdministratorProperties("root", "salasana")).hasMessageContaining("not a bcrypt hash");
        assertThat(new AdministratorProperties(null, "").configured()).isFalse();
    }

    @Test
    void actuatorAnswersOnlyOnTheManagementPort() {
        assertThat(send(HttpRequest.newBuilder(uri(port, "/actuator/prometheus")).GET()).statusCode()).isEqualTo(404);
        assertThat(send(HttpRequest.newBuilder(uri(port, "/actuator/health")).GET()).statusCode()).isEqualTo(404);
        assertThat(send(HttpRequest.newBuilder(uri(managementPort, "/actuator/prometheus")).GET()).statusCode()).isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(uri(managementPort, "/actuator/health/readiness")).GET()).statusCode()).isEqualTo(200);
    }

    @Test
    void unreachableMailServerLeavesTheNodeHealthy() {
        HttpResponse<String> health = send(HttpRequest.newBuilder(uri(managementPort, "/actuator/health")).GET());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).startsWith("{\"status\":\"UP\"").doesNotContain("\"mail\"");
    }

    @Test
    void ourPagesCarrySecurityHeadersAndTheWebappsKeepTheirOwnPolicy() throws Exception {
        for (String page : new String[] {"/api/applicant/texts", "/applicant/index.html", "/hae/TA-2027", "/asiointi",
                "/avustukset/2026", "/avustukset/2026.csv", "/tietosuoja"}) {
            MvcResult result = mvc.perform(get(page).secure(true)).andReturn();
            assertThat(result.getResponse().getHeader("Content-Security-Policy")).as(page)
                    .isEqualTo(WebSecurity.CONTENT_SECURITY_POLICY).contains("frame-ancestors 'none'");
            assertThat(result.getResponse().getHeader("X-Content-Type-Options")).as(page).isEqualTo("nosniff");
            assertThat(result.getResponse().getHeader("Referrer-Policy")).as(page).isEqualTo("strict-origin-when-cross-origin");
            assertThat(result.getResponse().getHeader("X-Frame-Options")).as(page).isEqualTo("DENY");
            assertThat(result.getResponse().getHeader("Strict-Transport-Security")).as(page).contains("max-age=");
        }
        HttpResponse<String> tasklist = send(HttpRequest.newBuilder(uri(port, "/camunda/app/tasklist/default/")).GET());
        assertThat(tasklist.headers().allValues("Content-Security-Policy")).singleElement()
                .isNotEqualTo(WebSecurity.CONTENT_SECURITY_POLICY);
    }

    /** The public pages of issue 15 need no login in a production install, and take no writes. */
    @Test
    void publishedGrantsAndThePrivacyNoticeAreOpenToAnyoneAndReadOnly() {
        for (String page : new String[] {"/avustukset", "/avustukset/2026", "/avustukset/2026.csv", "/tietosuoja"}) {
            assertThat(send(HttpRequest.newBuilder(uri(port, page)).GET()).statusCode()).as(page).isEqualTo(200);
            assertThat(send(HttpRequest.newBuilder(uri(port, page)).POST(HttpRequest.BodyPublishers.ofString("x"))).statusCode())
                    .as(page).isEqualTo(405);
        }
    }

    @Test
    void restServerErrorNamesNeitherTheExceptionNorTheExpression() {
        HttpResponse<String> filter = send(HttpRequest.newBuilder(uri(port, engineRest("/filter/create")))
                .header("Authorization", basic(ADMIN, ADMIN_PASSWORD)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"resourceType":"Task","name":"Rikki","owner":"%s","query":{"assigneeExpression":"${noSuchBean.secret}"}}"""
                        .formatted(ADMIN))));
        assertThat(filter.statusCode()).as(filter.body()).isEqualTo(200);
        String filterId = filter.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        HttpResponse<String> list = send(HttpRequest.newBuilder(uri(port, engineRest("/filter/" + filterId + "/list")))
                .header("Authorization", basic(ADMIN, ADMIN_PASSWORD)).GET());

        assertThat(list.statusCode()).isEqualTo(500);
        assertThat(list.body()).contains("\"type\":\"ServerError\"", "Palvelimella tapahtui virhe")
                .doesNotContain("noSuchBean", "Exception", "ENGINE-");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String engineRest(String path) {
        return "/engine-rest/engine/" + engine.getName() + path;
    }

    private static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
