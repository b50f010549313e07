package fi.hva.grants.applicant;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.hva.grants.association.AssociationRepository;
import fi.hva.grants.call.CallStatus;
import fi.hva.grants.call.GrantCallRepository;
import fi.hva.grants.grant.ApplicationFormFields;
import fi.hva.grants.grant.GrantApplicationRepository;
import fi.hva.grants.notification.SentMail;
import fi.hva.grants.notification.SentMailRepository;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ProcessKeys;
import fi.hva.grants.security.DemoSecurityTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Reliability: 1,000 malformed submissions to the applicant API over HTTP. None may get a server
 * error, none may be accepted, and afterwards no application, association, submission or process
 * instance exists that did not exist before.
 */
@DemoSecurityTest
class MalformedSubmissionsIT {

    private static final int SUBMISSIONS = 1_000;
    private static final String BUSINESS_ID = "0201256-6";
    private static final String EMAIL = "huono.hakija@example.fi";
    private static final Pattern TOKEN = Pattern.compile("[?&]token=([A-Za-z0-9_-]+)");

    @LocalServerPort int port;
    @Autowired GrantCallRepository calls;
    @Autowired GrantApplicationRepository applications;
    @Autowired AssociationRepository associations;
    @Autowired SubmissionRepository submissions;
    @Autowired SentMailRepository mails;
    @Autowired RuntimeService runtimeService;
    @Autowired HistoryService historyService;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final Random random = new Random(20261124);

    /** One kind of malformed request: what it does to a valid application, or to the request itself. */
    private record Malformation(String name, Function<Map<String, Object>, Request> request) {
    }

    private record Request(String contentType, byte[] body, String idempotencyKey, boolean signedIn) {
    }

    @Test
    void thousandMalformedSubmissionsGetNoServerErrorAndCreateNothing() throws Exception {
        String callCode = calls.findAll().stream().filter(c -> c.getStatus() == CallStatus.OPEN).findFirst().orElseThrow().getCode();
        String bearer = signIn();
        long applicationsBefore = applications.count();
        long associationsBefore = associations.count();
        long submissionsBefore = submissions.count();
        long instancesBefore = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ProcessKeys.APPLICATION_PROCESS).count();
        List<Malformation> malformations = malformations();
        Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
        List<String> serverErrors = new ArrayList<>();

        for (int i = 0; i < SUBMISSIONS; i++) {
            Malformation malformation = malformations.get(i % malformations.size());
            Map<String, Object> valid = valid(callCode);
            Request request = malformation.request().apply(valid);
            HttpResponse<String> response = send(request, bearer, "malformed-" + i);
            statuses.computeIfAbsent(malformation.name(), k -> new TreeMap<>()).merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() >= 500) {
                serverErrors.add(malformation.name() + ": " + response.statusCode() + " " + response.body());
            } else {
                assertThat(response.statusCode()).as("%s: %s", malformation.name(), response.body()).isBetween(400, 499);
                assertThat(response.headers().firstValue("Content-Type").orElse("")).as(malformation.name())
                        .startsWith("application/problem+json");
                assertThat(json.readTree(response.body()).path("detail").asText()).as(malformation.name()).isNotBlank();
            }
        }

        System.out.println("Malformed submissions by kind and status: " + statuses);
        assertThat(serverErrors).as("server errors").isEmpty();
        assertThat(statuses.values().stream().flatMap(s -> s.values().stream()).mapToInt(Integer::intValue).sum()).isEqualTo(SUBMISSIONS);
        assertThat(applications.count()).isEqualTo(applicationsBefore);
        assertThat(associations.count()).isEqualTo(associationsBefore);
        assertThat(submissions.count()).isEqualTo(submissionsBefore);
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ProcessKeys.APPLICATION_PROCESS).count())
                .isEqualTo(instancesBefore);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.APPLICATION_PROCESS).count())
                .isLessThanOrEqualTo(instancesBefore);
    }

    private List<Malformation> malformations() {
        List<Malformation> list = new ArrayList<>();
        list.add(new Malformation("truncated JSON", form -> json(truncate(write(form)))));
        list.add(new Malformation("not an object", form -> json(pick("[]", "[1,2]", "\"hakemus\"", "42", "null", "true", "{}x"))));
        list.add(new Malformation("empty body", form -> json("")));
        list.add(new Malformation("missing fields", form -> {
            List<String> keys = new ArrayList<>(form.keySet());
            for (int n = 1 + random.nextInt(5); n > 0 && !keys.isEmpty(); n--) {
                form.remove(keys.remove(random.nextInt(keys.size())));
            }
            form.put(ApplicationFormFields.ACTIVITY_NAME, null);
            return json(write(form));
        }));
        list.add(new Malformation("wrong types", form -> {
            String key = pick(ApplicationFormFields.IBAN, ApplicationFormFields.BUSINESS_ID, ApplicationFormFields.ACTIVITY_NAME,
                    ApplicationFormFields.REQUESTED_AMOUNT, ApplicationFormFields.PARTNERSHIP_GRANT_DECLARED, ApplicationFormFields.CALL_CODE);
            form.put(key, pick(Map.of("a", 1), List.of(1, 2), "kyllä", true, 12.5));
            if (ApplicationFormFields.REQUESTED_AMOUNT.equals(key)) {
                form.put(key, pick(Map.of("euroa", 1), List.of(100), true));
            }
            if (ApplicationFormFields.PARTNERSHIP_GRANT_DECLARED.equals(key)) {
                form.put(key, pick("kyllä", 1, Map.of()));
            }
            if (form.get(key) instanceof String || form.get(key) instanceof Boolean && !key.equals(ApplicationFormFields.PARTNERSHIP_GRANT_DECLARED)) {
                form.put(key, List.of("x"));
            }
            return json(write(form));
        }));
        list.add(new Malformation("bad IBAN", form -> {
            form.put(ApplicationFormFields.IBAN, pick("FI00 1234 5600 0007 85", "FI21", "12345", "XX2112345600000785", "FI21 1234 5600 0007 86",
                    "F" + "1".repeat(40), "IBAN", "FI21\u00001234"));
            return json(write(form));
        }));
        list.add(new Malformation("bad business id", form -> {
            form.put(ApplicationFormFields.BUSINESS_ID, pick("0201256-7", "1234567-8", "abc", "0201256", "02012566", "0201256-6-1", "ÄÄÄÄÄÄÄ-Ä"));
            return json(write(form));
        }));
        list.add(new Malformation("unknown call", form -> {
            form.put(ApplicationFormFields.CALL_CODE, pick("TA-1999", "EI-OLE", "x", "'; drop table grant_call; --", "TA-2027-X"));
            return json(write(form));
        }));
        list.add(new Malformation("bad amount", form -> {
            form.put(ApplicationFormFields.REQUESTED_AMOUNT, pick(0, -100, 1e20, "1e400", "12,345,678", 0.001, "NaN", "Infinity", 12345678901234L));
            return json(write(form));
        }));
        list.add(new Malformation("too long", form -> {
            form.put(pick(ApplicationFormFields.ACTIVITY_NAME, ApplicationFormFields.ASSOCIATION_NAME, ApplicationFormFields.CONTACT_PHONE,
                    ApplicationFormFields.ACTIVITY_DESCRIPTION, ApplicationFormFields.MUNICIPALITY), "x".repeat(4000 + random.nextInt(2000)));
            return json(write(form));
        }));
        list.add(new Malformation("unknown codes", form -> {
            form.put(pick(ApplicationFormFields.ACTIVITY_TYPE, ApplicationFormFields.TARGET_GROUP, ApplicationFormFields.CONTENT_AREA,
                    ApplicationFormFields.HYTE_AREA), pick("FOO", "", " ", "peer_support", "x".repeat(60)));
            return json(write(form));
        }));
        list.add(new Malformation("bad email", form -> {
            form.put(ApplicationFormFields.CONTACT_EMAIL, pick("ei-osoite", "a@b", "@example.fi", "huono.hakija@", "huono hakija@example.fi"));
            return json(write(form));
        }));
        list.add(new Malformation("oversized", form -> {
            form.put("padding", "x".repeat(70_000));
            return json(write(form));
        }));
        list.add(new Malformation("wrong content type", form -> new Request(pick("text/plain", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/xml", "application/json;;;=", "ei/tyyppi/lainkaan", ""),
                write(form).getBytes(StandardCharsets.UTF_8), null, true)));
        list.add(new Malformation("invalid UTF-8", form -> new Request("application/json",
                new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'}, null, true)));
        list.add(new Malformation("deep nesting", form -> json("[".repeat(5000) + "]".repeat(5000))));
        list.add(new Malformation("bad idempotency key", form -> new Request("application/json", write(form).getBytes(StandardCharsets.UTF_8),
                pick("avain välilyönnillä", "x".repeat(101), "y".repeat(1000), "a\\b c"), true)));
        list.add(new Malformation("not signed in", form -> new Request("application/json", write(form).getBytes(StandardCharsets.UTF_8),
                null, false)));
        list.add(new Malformation("someone else's association", form -> {
            form.put(ApplicationFormFields.BUSINESS_ID, "1572860-0");
            return json(write(form));
        }));
        return list;
    }

    private Map<String, Object> valid(String callCode) {
        Map<String, Object> form = new HashMap<>(ProcessFixtures.application(callCode));
        form.remove(ApplicationFormFields.CHANNEL);
        form.put(ApplicationFormFields.CONTACT_EMAIL, EMAIL);
        return form;
    }

    private HttpResponse<String> send(Request request, String bearer, String key) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/applicant/applications"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
        if (!request.contentType().isEmpty()) {
            builder.header("Content-Type", request.contentType());
        }
        if (request.signedIn()) {
            builder.header("Authorization", bearer);
        }
        String idempotencyKey = request.idempotencyKey() == null ? key : request.idempotencyKey();
        if (!idempotencyKey.isBlank()) {
            builder.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String signIn() throws Exception {
        HttpResponse<String> requested = post("/api/applicant/sign-in", write(Map.of("businessId", BUSINESS_ID, "email", EMAIL)));
        assertThat(requested.statusCode()).isEqualTo(202);
        SentMail mail = mails.findAll().stream().filter(m -> m.getRecipient().equals(EMAIL))
                .max(Comparator.comparing(SentMail::getId)).orElseThrow();
        Matcher matcher = TOKEN.matcher(mail.getBody());
        assertThat(matcher.find()).isTrue();
        JsonNode session = json.readTree(post("/api/applicant/sessions", write(Map.of("token", matcher.group(1)))).body());
        return "Bearer " + session.get("token").asText();
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Request json(String body) {
        return new Request("application/json", body.getBytes(StandardCharsets.UTF_8), null, true);
    }

    private String truncate(String text) {
        return text.substring(0, 1 + random.nextInt(text.length() - 2));
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
