package fi.hva.grants.security.sso;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After a browser login: records the officer as the token describes them (the engine's users and memberships), lets
 * them read their own profile, as the engine does for a user created in its database, and returns to the page they
 * asked for.
 */
class OfficerLogins implements AuthenticationSuccessHandler {

    private final OfficerClaims claims;
    private final OfficerDirectory directory;
    private final AuthorizationService authorizationService;
    private final AuthenticationSuccessHandler returnToRequestedPage = new SavedRequestAwareAuthenticationSuccessHandler();

    OfficerLogins(OfficerClaims claims, OfficerDirectory directory, AuthorizationService authorizationService) {
        this.claims = claims;
        this.directory = directory;
        this.authorizationService = authorizationService;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        claims.officer(authentication).ifPresent(officer -> {
            directory.record(officer);
            ownProfileReadable(officer.id());
        });
        returnToRequestedPage.onAuthenticationSuccess(request, response, authentication);
    }

    private void ownProfileReadable(String userId) {
        if (hasOwnProfileGrant(userId)) {
            return;
        }
        try {
            Authorization grant = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            grant.setUserId(userId);
            grant.setResource(Resources.USER);
            grant.setResourceId(userId);
            grant.addPermission(Permissions.READ);
            authorizationService.saveAuthorization(grant);
        } catch (ProcessEngineException e) {
            // The same officer's first login on another node a moment earlier.
            if (!hasOwnProfileGrant(userId)) {
                throw e;
            }
        }
    }

    private boolean hasOwnProfileGrant(String userId) {
        return authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT).userIdIn(userId)
                .resourceType(Resources.USER).resourceId(userId).count() > 0;
    }
}
