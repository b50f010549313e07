package fi.hva.grants.suomifi;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Suomi.fi e-Authorizations through its Web API, for acting on behalf of an organisation (the ypa interface):
 * register a session for the identified person, send them to the selection interface, exchange the code it
 * returns for an access token and query the person's roles in the organisation they chose. Every call carries the
 * checksum header ({@link Checksum}). The session registration is the only place the personal identity code goes;
 * its address is therefore never put in an exception or a log.
 */
@Service
public class EAuthorizations {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final SuomiFiProperties.Authorizations settings;
    private final RestClient http;
    private final Clock clock;

    @Autowired
    EAuthorizations(SuomiFiProperties properties, RestClient.Builder builder) {
        this(properties, builder, Clock.systemUTC());
    }

    /** The clock is the wall clock, not the engine's: the Web API refuses a timestamp five minutes off its own. */
    EAuthorizations(SuomiFiProperties properties, RestClient.Builder builder, Clock clock) {
        this.settings = properties.authorizations();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build());
        requests.setReadTimeout(TIMEOUT);
        this.http = builder.clone().requestFactory(requests).build();
        this.clock = clock;
    }

    public WebApiSession register(String identityCode) {
        String path = "/service/ypa/user/register/" + encode(settings().clientId()) + "/" + encode(identityCode)
                + "?requestId=" + requestId();
        try {
            Map<?, ?> body = http.get().uri(address(path)).header(Checksum.HEADER, checksum(path)).retrieve().body(Map.class);
            if (body == null || !(body.get("sessionId") instanceof String sessionId) || !(body.get("userId") instanceof String userId)) {
                throw new SuomiFiUnavailableException("e-Authorizations' session registration answered without a session");
            }
            return new WebApiSession(sessionId, userId);
        } catch (RestClientResponseException e) {
            throw new SuomiFiUnavailableException("e-Authorizations refused the session registration: " + e.getStatusCode().value());
        } catch (RestClientException e) {
            throw new SuomiFiUnavailableException("e-Authorizations' session registration failed: " + e.getClass().getSimpleName());
        }
    }

    /** The selection interface, where the person chooses the organisation they act for. */
    public URI selectionInterface(WebApiSession session) {
        return address("/oauth/authorize?client_id=" + encode(settings().clientId()) + "&response_type=code&redirect_uri="
                + encode(settings.redirectUri().toString()) + "&user=" + encode(session.userId()) + "&lang=fi");
    }

    /** Exchanges the selection interface's code for the access token of the queries. */
    public String accessToken(String code) {
        String path = "/oauth/token?code=" + encode(code) + "&grant_type=authorization_code&redirect_uri="
                + encode(settings().redirectUri().toString());
        try {
            Map<?, ?> body = http.post().uri(address(path))
                    .headers(headers -> headers.setBasicAuth(settings.clientId(), settings.oauthPassword(), StandardCharsets.UTF_8))
                    .retrieve().body(Map.class);
            if (body == null || !(body.get("access_token") instanceof String token)) {
                throw new SuomiFiUnavailableException("e-Authorizations' token endpoint answered without a token");
            }
            return token;
        } catch (RestClientResponseException e) {
            throw expiredOr(e, "e-Authorizations refused the token request");
        } catch (RestClientException e) {
            throw new SuomiFiUnavailableException("e-Authorizations' token endpoint failed", e);
        }
    }

    /** The organisations the person chose in the selection interface, each with the person's roles in it. */
    public List<Organization> organizationRoles(WebApiSession session, String accessToken) {
        String path = "/service/ypa/api/organizationRoles/" + encode(session.sessionId()) + "?requestId=" + requestId();
        try {
            Organization[] organizations = http.get().uri(address(path))
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
                    .header(Checksum.HEADER, checksum(path))
                    .retrieve().body(Organization[].class);
            return organizations == null ? List.of() : Arrays.asList(organizations);
        } catch (RestClientResponseException e) {
            throw expiredOr(e, "e-Authorizations refused the organisation roles query");
        } catch (RestClientException e) {
            throw new SuomiFiUnavailableException("e-Authorizations' organisation roles query failed", e);
        }
    }

    private static RuntimeException expiredOr(RestClientResponseException e, String refused) {
        return e.getStatusCode().isSameCodeAs(HttpStatus.UNAUTHORIZED) ? new AuthorizationSessionExpiredException()
                : new SuomiFiUnavailableException(refused + ": " + e.getStatusCode().value());
    }

    private String checksum(String path) {
        return Checksum.header(settings.clientId(), settings.apiKey(), path, clock.instant());
    }

    private URI address(String path) {
        String base = settings().baseUrl().toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }

    private SuomiFiProperties.Authorizations settings() {
        if (!settings.configured()) {
            throw new SuomiFiUnavailableException("Suomi.fi e-Authorizations is not configured (grants.applicant.suomifi.authorizations)");
        }
        return settings;
    }

    private static String requestId() {
        return UUID.randomUUID().toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
