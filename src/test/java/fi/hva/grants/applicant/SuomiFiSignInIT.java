package fi.hva.grants.applicant;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.nimbusds.jose.JOSEObjectType;
import fi.hva.grants.call.GrantCall;
import fi.hva.grants.grant.GrantApplicationRepository;
import fi.hva.grants.process.EngineTestSetup;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ScriptedListingCheck;
import fi.hva.grants.process.Variables;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A representative's sign-in through a simulated Suomi.fi, over HTTP on a real port: a real OpenID Connect provider
 * (mock-oauth2-server) issues ID tokens with Suomi.fi e-Identification's claim names, and WireMock plays the
 * e-Authorizations Web API as its interface description gives it (session registration, selection interface,
 * token, organisation roles). The stub answers only requests whose checksum header it verifies itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = "grants.applicant.sign-in=suomifi")
@ActiveProfiles("test")
@Import({ProcessFixtures.class, ScriptedListingCheck.class})
@ExtendWith({EngineTestSetup.class, OutputCaptureExtension.class})
class SuomiFiSignInIT {

    static final String CLIENT_ID = "jarjestoavustukset";
    static final String WEBAPI_CLIENT_ID = "WEBAPI01";
    static final String API_KEY = "web-api-key-of-the-test";
    static final String OAUTH_PASSWORD = "oauth-password-of-the-test";
    static final String BUSINESS_ID = "0201256-6";
    /** Identity codes of the simulated persons; the first digits tell the stub which answer to give. */
    static final String CHAIR = "010170-902X";
    static final String MEMBER = "020270-9045";
    static final String NO_ORGANISATIONS = "030370-900C";
    static final String EXPIRED = "040470-9166";
    static final String MANDATED = "050570-9047";
    static final String MATTER = "jarjestoavustuksen-hakeminen";

    static final int PORT = freePort();
    static final String BASE = "http://localhost:" + PORT;
    static final MockOAuth2Server SUOMIFI = new MockOAuth2Server();
    static final WireMockServer VALTUUDET = new WireMockServer(options().dynamicPort());

    static {
        SUOMIFI.start();
        VALTUUDET.start();
    }

    @DynamicPropertySource
    static void suomiFi(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("grants.applicant.base-url", () -> BASE);
        registry.add("grants.applicant.suomifi.identification.issuer", () -> SUOMIFI.issuerUrl("suomifi").toString());
        registry.add("grants.applicant.suomifi.identification.client-id", () -> CLIENT_ID);
        registry.add("grants.applicant.suomifi.identification.client-secret", () -> "client-secret-of-the-test");
        registry.add("grants.applicant.suomifi.authorizations.base-url", VALTUUDET::baseUrl);
        registry.add("grants.applicant.suomifi.authorizations.client-id", () -> WEBAPI_CLIENT_ID);
        registry.add("grants.applicant.suomifi.authorizations.api-key", () -> API_KEY);
        registry.add("grants.applicant.suomifi.authorizations.oauth-password", () -> OAUTH_PASSWORD);
        registry.add("grants.applicant.suomifi.authorizations.qualifying-roles", () -> "PJ,NIMKO");
        registry.add("grants.applicant.suomifi.authorizations.qualifying-matters", () -> MATTER);
    }

    @AfterAll
    static void stop() {
        SUOMIFI.shutdown();
        VALTUUDET.stop();
    }

    @Autowired ProcessFixtures fixtures;
    @Autowired ObjectMapper json;
    @Autowired DataSource dataSource;
    @Autowired GrantApplicationRepository applications;
    @Autowired TaskService taskService;
    @Autowired RepresentativeSessionRepository representativeSessions;
    @Autowired ApplicantSessionRepository contactPersonSessions;
    @Autowired SuomiFiSignInStateRepository signIns;

    CookieManager cookies;
    HttpClient browser;
    GrantCall call;

    @BeforeEach
    void setUp() {
        cookies = new CookieManager();
        browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        call = fixtures.openCall();
        VALTUUDET.resetAll();
        stubWebApi();
    }

    @Test
    void aChairSignsInPicksTheAssociationAndApplies(CapturedOutput output) throws Exception {
        URI back = signIn(CHAIR, call.getCode());
        assertThat(back.getPath()).isEqualTo("/hae/" + call.getCode());
        String handoff = query(back, SuomiFiSignIn.HANDOFF_PARAMETER);
        assertThat(handoff).isNotBlank();

        HttpResponse<String> session = send(HttpRequest.newBuilder(URI.create(BASE + "/api/applicant/suomifi/sessions"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + handoff + "\"}")));
        assertThat(session.statusCode()).isEqualTo(201);
        String bearer = "Bearer " + json.readTree(session.body()).get("token").asText();

        JsonNode me = json.readTree(send(api("/me", bearer).GET()).body());
        assertThat(me.get("businessId").asText()).isEqualTo(BUSINESS_ID);
        assertThat(me.get("name").asText()).isEqualTo("Aino Virtanen");
        assertThat(me.get("representative").asBoolean()).isTrue();

        // A representative acts for the association: the contact person may be someone else, and they see the case.
        Map<String, Object> form = new HashMap<>(ProcessFixtures.application(call.getCode()));
        form.remove("channel");
        form.put("contactEmail", "toiminnanjohtaja@example.fi");
        HttpResponse<String> submitted = send(api("/applications", bearer).header("Content-Type", "application/json")
                .header("Idempotency-Key", "suomifi-1").POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(form))));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String number = json.readTree(submitted.body()).get("applicationNumber").asText();
        assertThat(json.readTree(send(api("/applications", bearer).GET()).body()).findValuesAsText("applicationNumber")).contains(number);

        // The officer who reviews it reads PRH's entry for the association beside the application.
        String instanceId = applications.findByApplicationNumber(number).orElseThrow().getProcessInstanceId();
        fixtures.executeDueJobsOf(instanceId);
        Task review = fixtures.task(instanceId);
        assertThat(review.getTaskDefinitionKey()).isEqualTo("reviewApplication");
        assertThat(taskService.getVariableLocal(review.getId(), Variables.CASE_SUMMARY).toString())
                .contains("PRH:n rekisteri (YTJ): Kajaanin Mielenterveysyhdistys ry, kotipaikka Kajaani");

        // The hand-off works once.
        assertThat(send(HttpRequest.newBuilder(URI.create(BASE + "/api/applicant/suomifi/sessions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + handoff + "\"}"))).statusCode()).isEqualTo(400);
        assertIdentityCodeNowhere(CHAIR, output);
    }

    @Test
    void aMandateForTheCountysMatterQualifiesAsWell() throws Exception {
        URI back = signIn(MANDATED, call.getCode());

        assertThat(query(back, SuomiFiSignIn.ERROR_PARAMETER)).isNull();
        HttpResponse<String> session = send(HttpRequest.newBuilder(URI.create(BASE + "/api/applicant/suomifi/sessions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + query(back, SuomiFiSignIn.HANDOFF_PARAMETER) + "\"}")));
        assertThat(session.statusCode()).isEqualTo(201);
        assertThat(json.readTree(session.body()).get("businessId").asText()).isEqualTo(BUSINESS_ID);
    }

    @Test
    void aPersonWithoutAQualifyingRoleIsRefusedInFinnishAndNothingIsCreated(CapturedOutput output) throws Exception {
        long applicationsBefore = applications.count();
        long sessionsBefore = representativeSessions.count() + contactPersonSessions.count();
        long signInsBefore = signIns.count();

        for (String person : List.of(MEMBER, NO_ORGANISATIONS)) {
            URI back = signIn(person, call.getCode());
            assertThat(back.getPath()).isEqualTo("/hae/" + call.getCode());
            assertThat(query(back, SuomiFiSignIn.ERROR_PARAMETER)).isEqualTo("noMandate");
            assertThat(query(back, SuomiFiSignIn.HANDOFF_PARAMETER)).isNull();
        }

        assertThat(texts().get("page.signIn.error.noMandate").asText()).contains("ei ole oikeutta asioida");
        assertThat(representativeSessions.count() + contactPersonSessions.count()).isEqualTo(sessionsBefore);
        assertThat(signIns.count()).isEqualTo(signInsBefore);
        assertThat(applications.count()).isEqualTo(applicationsBefore);
        assertIdentityCodeNowhere(MEMBER, output);
    }

    @Test
    void anExpiredWebApiSessionEndsTheSignInWithAClearError() throws Exception {
        long sessionsBefore = representativeSessions.count();
        long signInsBefore = signIns.count();

        URI back = signIn(EXPIRED, null);

        assertThat(back.getPath()).isEqualTo("/asiointi");
        assertThat(query(back, SuomiFiSignIn.ERROR_PARAMETER)).isEqualTo("expired");
        assertThat(texts().get("page.signIn.error.expired").asText()).contains("vanhentui");
        assertThat(representativeSessions.count()).isEqualTo(sessionsBefore);
        assertThat(signIns.count()).isEqualTo(signInsBefore);
    }

    @Test
    void aReturnWithoutTheBrowsersCookieOrStateIsRefused() throws Exception {
        HttpClient stranger = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> started = stranger.send(HttpRequest.newBuilder(URI.create(BASE + "/api/applicant/suomifi/start")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).isEqualTo(302);
        String state = query(URI.create(started.headers().firstValue("Location").orElseThrow()), "state");

        for (String forged : List.of("/identified?state=" + state + "&code=stolen", "/identified?state=guessed&code=stolen",
                "/authorized?code=stolen")) {
            HttpResponse<String> back = stranger.send(HttpRequest.newBuilder(URI.create(BASE + "/api/applicant/suomifi" + forged)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(back.statusCode()).isEqualTo(302);
            assertThat(query(URI.create(back.headers().firstValue("Location").orElseThrow()), SuomiFiSignIn.ERROR_PARAMETER))
                    .as(forged).isEqualTo("failed");
        }
    }

    @Test
    void theMagicLinkIsNoWayAroundSuomiFi() throws Exception {
        HttpResponse<String> link = send(HttpRequest.newBuilder(URI.create(BASE + "/api/applicant/sign-in"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"businessId\":\"" + BUSINESS_ID + "\",\"email\":\"aino@example.fi\"}")));
        assertThat(link.statusCode()).isEqualTo(404);
        assertThat(json.readTree(link.body()).get("detail").asText()).contains("ei ole käytössä");
        assertThat(json.readTree(send(HttpRequest.newBuilder(URI.create(BASE + "/api/applicant/sign-in")).GET()).body())
                .get("mode").asText()).isEqualTo("suomifi");
        HttpResponse<String> unsigned = send(HttpRequest.newBuilder(URI.create(BASE + "/api/applicant/applications")).GET());
        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(json.readTree(unsigned.body()).get("detail").asText()).isEqualTo("Kirjaudu sisään Suomi.fi-tunnistuksella.");
    }

    /** The browser's way from the page's link through both Suomi.fi services back to the page. */
    private URI signIn(String identityCode, String callCode) throws Exception {
        Map<String, Object> claims = new HashMap<>();
        claims.put("urn:oid:1.2.246.21", identityCode);
        claims.put("urn:oid:2.5.4.42", "Aino");
        claims.put("urn:oid:2.5.4.4", "Virtanen");
        SUOMIFI.enqueueCallback(new DefaultOAuth2TokenCallback("suomifi", "pseudonym-" + identityCode.substring(0, 6),
                JOSEObjectType.JWT.getType(), List.of(CLIENT_ID), claims, 600));
        String start = BASE + "/api/applicant/suomifi/start" + (callCode == null ? "" : "?callCode=" + callCode);
        // Followed here rather than by the client, whose limit of five redirects the way through both services reaches.
        HttpClient stepping = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        URI next = URI.create(start);
        for (int step = 0; step < 10; step++) {
            HttpResponse<String> answer = stepping.send(HttpRequest.newBuilder(next).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 302) {
                return next;
            }
            next = next.resolve(answer.headers().firstValue("Location").orElseThrow());
            if (next.getPath().equals("/asiointi") || next.getPath().startsWith("/hae/")) {
                return next;
            }
        }
        throw new AssertionError("The sign-in did not come back to the page");
    }

    private void stubWebApi() {
        VALTUUDET.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(403)));
        for (String person : List.of(CHAIR, MEMBER, NO_ORGANISATIONS, EXPIRED, MANDATED)) {
            String id = person.substring(0, 2);
            VALTUUDET.stubFor(get(urlPathEqualTo("/service/ypa/user/register/" + WEBAPI_CLIENT_ID + "/" + person))
                    .andMatching(SuomiFiSignInIT::checksumVerified)
                    .willReturn(okJson("{\"sessionId\":\"session-" + id + "\",\"userId\":\"user-" + id + "\"}")));
            VALTUUDET.stubFor(get(urlPathEqualTo("/oauth/authorize"))
                    .withQueryParam("client_id", equalTo(WEBAPI_CLIENT_ID))
                    .withQueryParam("response_type", equalTo("code"))
                    .withQueryParam("redirect_uri", equalTo(BASE + "/api/applicant/suomifi/authorized"))
                    .withQueryParam("user", equalTo("user-" + id))
                    .willReturn(aResponse().withStatus(302).withHeader("Location", BASE + "/api/applicant/suomifi/authorized?code=code-" + id)));
            VALTUUDET.stubFor(post(urlPathEqualTo("/oauth/token"))
                    .withQueryParam("code", equalTo("code-" + id))
                    .withQueryParam("grant_type", equalTo("authorization_code"))
                    .withHeader("Authorization", equalTo("Basic " + Base64.getEncoder().encodeToString(
                            (WEBAPI_CLIENT_ID + ":" + OAUTH_PASSWORD).getBytes(StandardCharsets.UTF_8))))
                    .willReturn(okJson("{\"access_token\":\"token-" + id + "\",\"token_type\":\"bearer\",\"expires_in\":600}")));
        }
        roles("01", "[{\"name\":\"Kajaanin Mielenterveysyhdistys ry\",\"identifier\":\"" + BUSINESS_ID + "\",\"roles\":[\"PJ\"],\"complete\":true}]");
        roles("02", "[{\"name\":\"Kajaanin Mielenterveysyhdistys ry\",\"identifier\":\"" + BUSINESS_ID + "\",\"roles\":[\"JASEN\"],\"complete\":true}]");
        roles("03", "[]");
        roles("05", "[{\"name\":\"Kajaanin Mielenterveysyhdistys ry\",\"identifier\":\"" + BUSINESS_ID + "\",\"roles\":[\"" + MATTER + "\"],\"complete\":true}]");
        VALTUUDET.stubFor(get(urlPathEqualTo("/service/ypa/api/organizationRoles/session-04"))
                .withHeader("Authorization", equalTo("Bearer token-04"))
                .andMatching(SuomiFiSignInIT::checksumVerified)
                .willReturn(aResponse().withStatus(401)));
    }

    private void roles(String id, String answer) {
        VALTUUDET.stubFor(get(urlPathEqualTo("/service/ypa/api/organizationRoles/session-" + id))
                .withHeader("Authorization", equalTo("Bearer token-" + id))
                .andMatching(SuomiFiSignInIT::checksumVerified)
                .willReturn(okJson(answer)));
    }

    /**
     * The Web API's check of X-AsiointivaltuudetAuthorization, written from its description and not with the
     * application's code: client id, a timestamp within five minutes, and the Base64 HMAC-SHA256 of the path with
     * its query and the timestamp separated by a space, keyed with the API Key.
     */
    static MatchResult checksumVerified(Request request) {
        String header = request.getHeader("X-AsiointivaltuudetAuthorization");
        if (header == null) {
            return MatchResult.noMatch();
        }
        String[] parts = header.split(" ");
        if (parts.length != 3 || !parts[0].equals(WEBAPI_CLIENT_ID)
                || Duration.between(OffsetDateTime.parse(parts[1]).toInstant(), java.time.Instant.now()).abs().toMinutes() >= 5) {
            return MatchResult.noMatch();
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(API_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = Base64.getEncoder().encodeToString(mac.doFinal((request.getUrl() + " " + parts[1]).getBytes(StandardCharsets.UTF_8)));
            return MatchResult.of(expected.equals(parts[2]));
        } catch (Exception e) {
            return MatchResult.noMatch();
        }
    }

    /** The identity code is in no table (as text or as bytes) and in no line the application logged. */
    private void assertIdentityCodeNowhere(String identityCode, CapturedOutput output) throws Exception {
        StringBuilder dump = new StringBuilder();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet script = statement.executeQuery("SCRIPT")) {
            while (script.next()) {
                dump.append(script.getString(1)).append('\n');
            }
        }
        String hex = HexFormat.of().formatHex(identityCode.getBytes(StandardCharsets.UTF_8));
        assertThat(dump).as("database").doesNotContainIgnoringCase(identityCode).doesNotContainIgnoringCase(hex);
        assertThat(output.getAll()).as("log").doesNotContain(identityCode);
    }

    private JsonNode texts() throws Exception {
        return json.readTree(send(HttpRequest.newBuilder(URI.create(BASE + "/api/applicant/texts")).GET()).body());
    }

    private HttpRequest.Builder api(String path, String bearer) {
        return HttpRequest.newBuilder(URI.create(BASE + "/api/applicant" + path)).header("Authorization", bearer);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String query(URI uri, String name) {
        return UriComponentsBuilder.fromUri(uri).build().getQueryParams().getFirst(name);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
