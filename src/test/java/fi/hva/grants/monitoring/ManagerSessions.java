package fi.hva.grants.monitoring;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.mock.web.MockHttpSession;

/** A browser session logged in to the Camunda webapps as the user in the group, as the pages see it. */
public final class ManagerSessions {

    private ManagerSessions() {
    }

    public static MockHttpSession sessionOf(String user, String group) {
        MockHttpSession session = new MockHttpSession();
        Authentications authentications = new Authentications();
        UserAuthentication authentication = new UserAuthentication(user, "default");
        authentication.setGroupIds(List.of(group));
        authentication.setAuthorizedApps(Set.of("cockpit"));
        authentications.addOrReplace(authentication);
        AuthenticationUtil.updateSession(session, authentications);
        return session;
    }
}
