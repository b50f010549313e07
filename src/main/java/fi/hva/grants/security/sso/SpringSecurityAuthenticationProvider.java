package fi.hva.grants.security.sso;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Hands the officer whom Spring Security authenticated (browser login or bearer token) to Camunda's authentication
 * filters, with the groups their token maps to, so the engine and the webapps' session work as that officer with
 * exactly those groups. Camunda creates this class by name; it finds the claim reader in the application context.
 */
public class SpringSecurityAuthenticationProvider implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        OfficerClaims claims = WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext())
                .getBean(OfficerClaims.class);
        return claims.officer(SecurityContextHolder.getContext().getAuthentication())
                .map(officer -> {
                    AuthenticationResult result = AuthenticationResult.successful(officer.id());
                    result.setGroups(officer.groupIds());
                    result.setTenants(List.of());
                    return result;
                })
                .orElseGet(AuthenticationResult::unsuccessful);
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        response.setHeader("WWW-Authenticate", "Bearer");
    }
}
