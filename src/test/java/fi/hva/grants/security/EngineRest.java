package fi.hva.grants.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Calls /engine-rest as a demo user. Always sends the right demo password: a wrong one locks the
 * user for a while (ENGINE-27001) and would make later calls fail for the wrong reason.
 */
final class EngineRest {

    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String baseUrl;

    EngineRest(int port) {
        this.baseUrl = "http://localhost:" + port + "/engine-rest";
    }

    HttpResponse<String> get(String path, String userId) {
        return send(request(path, userId).GET(), userId);
    }

    HttpResponse<String> post(String path, String userId, String body) {
        return send(request(path, userId)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), userId);
    }

    HttpResponse<String> put(String path, String userId, String body) {
        return send(request(path, userId)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)), userId);
    }

    HttpResponse<String> delete(String path, String userId) {
        return send(request(path, userId).DELETE(), userId);
    }

    /** Sends a syntactically valid Basic header for a user that does not exist, so no demo user gets locked. */
    HttpResponse<String> getWithUnknownUser(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", basic("nobody", "wrong")).GET(), null);
    }

    List<String> ids(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError("Expected 200 from " + response.uri() + " but got "
                    + response.statusCode() + ": " + response.body());
        }
        try {
            List<String> ids = new ArrayList<>();
            for (JsonNode node : json.readTree(response.body())) {
                ids.add(node.get("id").asText());
            }
            return ids;
        } catch (IOException e) {
            throw new IllegalStateException("Not a JSON array: " + response.body(), e);
        }
    }

    private HttpRequest.Builder request(String path, String userId) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (userId != null) {
            builder.header("Authorization", basic(userId, DemoUsers.PASSWORD));
        }
        return builder;
    }

    private static String basic(String userId, String password) {
        String credentials = userId + ":" + password;
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest.Builder builder, String userId) {
        try {
            return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("REST call as " + userId + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
