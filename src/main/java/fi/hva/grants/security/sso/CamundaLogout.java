package fi.hva.grants.security.sso;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The webapps' logout button with single sign-on. Its call ({@code POST /camunda/api/admin/auth/user/{engine}/logout},
 * with Camunda's CSRF token) ends the one session that holds both the Spring login and Camunda's; the answer names the
 * provider's end_session_endpoint (RP-initiated logout), where the browser goes next
 * ({@code scripts/grants-sso-logout.js} in each webapp), and from there back to the webapps, which ask for a new login.
 * A provider without an end_session_endpoint leaves its own session alive; the answer then names the webapps.
 */
final class CamundaLogout {

    static final String WEBAPPS = "/camunda/app/";

    private CamundaLogout() {
    }

    /** The button's call, only with the session's CSRF token: Spring handles it before Camunda's CSRF filter would. */
    static RequestMatcher request() {
        RequestMatcher path = AntPathRequestMatcher.antMatcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/logout");
        return request -> path.matches(request) && carriesCsrfToken(request);
    }

    private static boolean carriesCsrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
        return expected instanceof String token && sent != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    /** Answers the webapps' XHR with the address to go to; a page (not an XHR) is redirected there. */
    static final class ToProvider extends OidcClientInitiatedLogoutSuccessHandler {

        private final ObjectMapper json = new ObjectMapper();

        ToProvider(ClientRegistrationRepository registrations) {
            super(registrations);
            setPostLogoutRedirectUri("{baseUrl}" + WEBAPPS);
            setDefaultTargetUrl(WEBAPPS);
        }

        @Override
        public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                throws IOException, ServletException {
            String accept = request.getHeader("Accept");
            if (accept == null || !accept.contains(MediaType.APPLICATION_JSON_VALUE)) {
                super.onLogoutSuccess(request, response, authentication);
                return;
            }
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            json.writeValue(response.getOutputStream(), Map.of("redirect", determineTargetUrl(request, response, authentication)));
        }
    }
}
