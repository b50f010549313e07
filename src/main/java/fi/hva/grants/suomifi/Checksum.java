package fi.hva.grants.suomifi;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The e-Authorizations Web API's X-AsiointivaltuudetAuthorization header: the client id, an ISO 8601 timestamp and
 * the Base64 HMAC-SHA256 of the call's path (with its query) and the timestamp separated by a space, keyed with
 * the API Key. The API refuses a timestamp more than five minutes from its own clock.
 */
public final class Checksum {

    public static final String HEADER = "X-AsiointivaltuudetAuthorization";

    private Checksum() {
    }

    public static String header(String clientId, String apiKey, String pathAndQuery, Instant at) {
        String timestamp = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
        return clientId + " " + timestamp + " " + of(apiKey, pathAndQuery, timestamp);
    }

    public static String of(String apiKey, String pathAndQuery, String timestamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(apiKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal((pathAndQuery + " " + timestamp).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
