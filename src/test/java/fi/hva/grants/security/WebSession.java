package fi.hva.grants.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One browser of a demo user against the running application: a cookie jar for the webapp login
 * (which our own controllers use), and Basic credentials for /engine-rest. Always the right demo
 * password, since a wrong one locks the user for a while (ENGINE-27001).
 */
final class WebSession {

    private final String baseUrl;
    private final String userId;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

    WebSession(int port, String userId) {
        this.baseUrl = "http://localhost:" + port;
        this.userId = userId;
    }

    /**
     * Logs in to a Camunda webapp the way its login page does, with the CSRF token the app's page
     * handed out; 200 when the user may use the app.
     */
    int login(String app) {
        get("/camunda/app/" + app + "/");
        String csrfToken = csrfToken();
        String form = "username=" + URLEncoder.encode(userId, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(DemoUsers.PASSWORD, StandardCharsets.UTF_8);
        int status = send(HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", csrfToken)
                .POST(HttpRequest.BodyPublishers.ofString(form))).statusCode();
        // The login starts a new session, whose CSRF token the next read hands out, as the app's first call after login does.
        get("/camunda/api/admin/auth/user/default");
        return status;
    }

    /** A call to the webapps' engine API ({@code /camunda/api/engine/...}) the way their pages make it, with the CSRF token. */
    HttpResponse<String> webappApi(String method, String path, String jsonBody) {
        // The login starts a new session; its CSRF token comes with the next page the browser loads.
        get("/camunda/api/admin/auth/user/default");
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/api/engine/engine/default" + path))
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", csrfToken())
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody)));
    }

    private String csrfToken() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> "XSRF-TOKEN".equals(cookie.getName())).map(java.net.HttpCookie::getValue)
                .reduce((first, latest) -> latest).orElseThrow(() -> new IllegalStateException("No XSRF-TOKEN cookie"));
    }

    /** A GET in this browser session, with the webapp login cookie if any. */
    int get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET()).statusCode();
    }

    /**
     * A JSON call to the engine REST API that the webapps serve inside their login session
     * (/camunda/api/engine/engine/default), with the CSRF token the webapp handed out, as Tasklist sends it.
     */
    HttpResponse<String> webappEngineApi(String method, String path, String jsonBody) {
        String csrfToken = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> "XSRF-TOKEN".equals(cookie.getName())).map(java.net.HttpCookie::getValue)
                .findFirst().orElseThrow(() -> new IllegalStateException("Not logged in to a webapp"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/api/engine/engine/default" + path))
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", csrfToken)
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody)));
    }

    HttpResponse<String> rest(String method, String path, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/engine-rest" + path))
                .header("Content-Type", "application/json")
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (userId != null) {
            String credentials = userId + ":" + DemoUsers.PASSWORD;
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return send(request);
    }

    /**
     * A call to the engine API the webapps themselves use (Tasklist's claim and assignee buttons), in this
     * browser's webapp login, with the CSRF token as Tasklist sends it. The login starts a new session
     * without a token; the first reading request gives it one, in the XSRF-TOKEN cookie.
     */
    HttpResponse<String> webappEngine(String method, String path, String jsonBody) {
        String engineApi = baseUrl + "/camunda/api/engine/engine/default";
        send(HttpRequest.newBuilder(URI.create(engineApi + "/task/count")).GET());
        String csrfToken = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> "XSRF-TOKEN".equals(cookie.getName())).map(java.net.HttpCookie::getValue)
                .findFirst().orElseThrow(() -> new IllegalStateException("No CSRF token for " + userId));
        return send(HttpRequest.newBuilder(URI.create(engineApi + path))
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", csrfToken)
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Request as " + userId + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
