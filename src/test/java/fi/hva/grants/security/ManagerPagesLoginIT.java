package fi.hva.grants.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The managers' pages behind the real Camunda webapp login of the demo users, as a browser gets
 * there from Cockpit: the manager sees them, an officer logged in to Tasklist is refused.
 */
@DemoSecurityTest
class ManagerPagesLoginIT {

    @LocalServerPort int port;

    @Test
    void managerLoggedInToCockpitOpensStuckCasesAndReports() throws Exception {
        HttpClient browser = loggedIn("johanna", "cockpit");

        HttpResponse<String> stuck = get(browser, "/managers/stuck-cases");
        HttpResponse<String> reports = get(browser, "/managers/reports");

        assertThat(stuck.statusCode()).isEqualTo(200);
        assertThat(stuck.body()).contains("<h1>Jumittuneet asiat</h1>");
        assertThat(reports.statusCode()).isEqualTo(200);
        assertThat(reports.body()).contains("<h1>Seurantaraportit</h1>", "Kainuun hyvinvointialue");
    }

    @Test
    void officerLoggedInToTasklistIsRefused() throws Exception {
        HttpClient browser = loggedIn("liisa", "tasklist");

        assertThat(get(browser, "/managers/stuck-cases").statusCode()).isEqualTo(403);
        assertThat(get(browser, "/managers/reports.csv").statusCode()).isEqualTo(403);
    }

    @Test
    void cockpitLoadsTheLinkScript() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        HttpResponse<String> config = get(browser, "/camunda/app/cockpit/scripts/config.js");
        HttpResponse<String> script = get(browser, "/camunda/app/cockpit/scripts/grants-managers.js");

        assertThat(config.body()).contains("customScripts: ['scripts/grants-managers']");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("'/managers/stuck-cases'", "'/managers/reports'", "cockpit.dashboard");
    }

    /** Logs in the way the webapp's login form does: with the CSRF token from the cookie the app sets. */
    private HttpClient loggedIn(String user, String app) throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        get(browser, "/camunda/app/" + app + "/default/");
        String csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + DemoUsers.PASSWORD;
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        return browser;
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
