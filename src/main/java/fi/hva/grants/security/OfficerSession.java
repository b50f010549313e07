package fi.hva.grants.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;

/**
 * The officer logged in to the Camunda webapps in this browser session. Links in task forms open
 * our own pages in the same session, so the officer's Tasklist login is what lets them in. With single sign-on
 * ({@code grants.officers.login=oidc}) the same login is made on our pages too, so a link opened before any
 * webapp page finds it as well.
 */
@Component
public class OfficerSession {

    private static final List<String> OFFICER_GROUPS =
            Stream.concat(Groups.TASK_WORKERS.stream(), Stream.of(Groups.MANAGERS)).toList();

    /** The login of an officer of any group, or of a manager, with the user's groups. */
    Optional<UserAuthentication> officerLogin(HttpServletRequest request) {
        return login(request, OFFICER_GROUPS);
    }

    public Optional<String> memberOf(HttpServletRequest request, Collection<String> groups) {
        return login(request, groups).map(UserAuthentication::getName);
    }

    private Optional<UserAuthentication> login(HttpServletRequest request, Collection<String> groups) {
        return user(request).filter(user -> !Collections.disjoint(user.getGroupIds(), groups));
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
        // The application has one engine, whatever its name: the webapps' login to it is the officer's.
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        return authentications == null ? Optional.empty() : authentications.getAuthentications().stream().findFirst();
    }
}
