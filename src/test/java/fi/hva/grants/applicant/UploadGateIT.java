package fi.hva.grants.applicant;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.hva.grants.notification.SentMail;
import fi.hva.grants.notification.SentMailRepository;
import fi.hva.grants.security.DemoSecurityTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The upload gate over a real connection to the embedded Tomcat: a multipart request without a valid session is
 * answered 401 while its body has not even been sent, so neither the multipart parser nor anything else read it.
 * Without the gate the parser would wait for the body (or answer 413 or 400 from what it read).
 */
@DemoSecurityTest
class UploadGateIT {

    private static final String PATH = "/api/applicant/applications/TA-2027-0001/attachments";
    private static final String SIGN_IN_REQUIRED = "Kirjaudu sisään sähköpostiisi lähetetyllä linkillä.";
    private static final Duration PROMPTLY = Duration.ofSeconds(5);
    private static final Pattern TOKEN = Pattern.compile("[?&]token=([A-Za-z0-9_-]+)");

    @LocalServerPort int port;
    @Autowired SentMailRepository mails;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anAnonymous13MegabyteUploadIsRefusedBeforeItsBodyIsSent() throws Exception {
        Answer answer = post(PATH, null, 13 * 1024 * 1024, new byte[64 * 1024]);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.head()).containsIgnoringCase("Content-Type: application/problem+json").containsIgnoringCase("WWW-Authenticate: Bearer");
        assertThat(answer.body()).contains(SIGN_IN_REQUIRED);
        assertThat(answer.took()).isLessThan(PROMPTLY);
    }

    @Test
    void anAnonymousUploadWhoseBodyNeverComesIsAnsweredAtOnce() throws Exception {
        Answer answer = post(PATH, null, 1024 * 1024, new byte[0]);

        assertThat(answer.status()).as("the multipart parser would wait for the body it was promised").isEqualTo(401);
        assertThat(answer.took()).isLessThan(PROMPTLY);
    }

    @Test
    void aTruncatedBodyWithoutASessionGets401NotTheParsersError() throws Exception {
        byte[] body = ("--raja\r\nContent-Disposition: form-data; name=\"file\"; filename=\"talousarvio.pdf\"\r\n\r\n%PDF-1.4 "
                + "ja tähän runko katkeaa").getBytes(StandardCharsets.UTF_8);

        assertThat(post(PATH, null, body.length, body).status()).isEqualTo(401);
        assertThat(post(PATH, "Bearer vanhentunut-tai-keksitty", body.length, body).status()).isEqualTo(401);
    }

    @Test
    void aSignedInUploadPassesTheGate() throws Exception {
        String bearer = signIn("0201256-6", "liitteiden.lahettaja@example.fi");
        byte[] body = ("--raja\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nBUDGET\r\n--raja\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"talousarvio.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--raja--\r\n").getBytes(StandardCharsets.US_ASCII);

        Answer answer = post("/api/applicant/applications/TA-1900-0001/attachments", bearer, body.length, body);

        assertThat(answer.status()).as("past the gate, the application is not the applicant's").isEqualTo(404);
    }

    private record Answer(int status, String head, String body, Duration took) {
    }

    /** Sends the headers and the given start of a body that claims contentLength bytes, then reads the answer. */
    private Answer post(String path, String authorization, long contentLength, byte[] bodyStart) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 5_000);
            socket.setSoTimeout(10_000);
            long started = System.nanoTime();
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n")
                    .append("Content-Type: multipart/form-data; boundary=raja\r\n")
                    .append("Content-Length: ").append(contentLength).append("\r\n");
            if (authorization != null) {
                head.append("Authorization: ").append(authorization).append("\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            out.write(bodyStart);
            out.flush();
            String response = readResponse(socket.getInputStream());
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            int split = response.indexOf("\r\n\r\n");
            return new Answer(Integer.parseInt(response.substring(9, 12)), response.substring(0, split), response.substring(split + 4), took);
        }
    }

    /** The status line, the headers and the body, of Content-Length bytes or chunked. */
    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            while (true) {
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                received.write(buffer, 0, n);
                String text = received.toString(StandardCharsets.UTF_8);
                int end = text.indexOf("\r\n\r\n");
                Matcher length = Pattern.compile("(?i)content-length: (\\d+)").matcher(text);
                boolean complete = end >= 0 && (length.find() ? received.size() >= end + 4 + Integer.parseInt(length.group(1))
                        : text.endsWith("\r\n0\r\n\r\n"));
                if (complete) {
                    break;
                }
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("No complete answer within 10 s; received: " + received.toString(StandardCharsets.UTF_8), e);
        }
        return received.toString(StandardCharsets.UTF_8);
    }

    private String signIn(String businessId, String email) throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        http.send(jsonPost("/api/applicant/sign-in", Map.of("businessId", businessId, "email", email)),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        SentMail mail = mails.findAll().stream().filter(m -> m.getRecipient().equals(email))
                .max(Comparator.comparing(SentMail::getId)).orElseThrow();
        Matcher matcher = TOKEN.matcher(mail.getBody());
        assertThat(matcher.find()).isTrue();
        JsonNode session = json.readTree(http.send(jsonPost("/api/applicant/sessions", Map.of("token", matcher.group(1))),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body());
        return "Bearer " + session.get("token").asText();
    }

    private java.net.http.HttpRequest jsonPost(String path, Map<String, String> body) throws IOException {
        return java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build();
    }
}
