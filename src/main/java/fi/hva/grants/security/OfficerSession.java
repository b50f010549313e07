package fi.hva.grants.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;

/**
 * The officer logged in to the Camunda webapps in this browser session. Links in task forms open
 * our own pages in the same session, so the officer's Tasklist login is what lets them in.
 */
@Component
public class OfficerSession {

    private static final String ENGINE = "default";

    /** An officer of any group, or a manager. */
    public Optional<String> officer(HttpServletRequest request) {
        return memberOf(request, Stream.concat(Groups.TASK_WORKERS.stream(), Stream.of(Groups.MANAGERS)).toList());
    }

    public Optional<String> memberOf(HttpServletRequest request, Collection<String> groups) {
        return user(request).filter(user -> !Collections.disjoint(user.getGroupIds(), groups)).map(UserAuthentication::getName);
    }

    /** Whether anyone, of whatever group, is logged in to the webapps in this session. */
    public boolean loggedIn(HttpServletRequest request) {
        return user(request).isPresent();
    }

    private Optional<UserAuthentication> user(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        Authentication authentication = authentications == null ? null : authentications.getAuthenticationForProcessEngine(ENGINE);
        return authentication instanceof UserAuthentication user ? Optional.of(user) : Optional.empty();
    }
}
