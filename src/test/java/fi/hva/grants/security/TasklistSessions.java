package fi.hva.grants.security;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.mock.web.MockHttpSession;

/** A browser session as the Camunda webapps leave it after a login, for the tests of our own pages (MockMvc). */
public final class TasklistSessions {

    private TasklistSessions() {
    }

    public static MockHttpSession of(String user, String group) {
        MockHttpSession session = new MockHttpSession();
        Authentications authentications = new Authentications();
        UserAuthentication authentication = new UserAuthentication(user, "default");
        authentication.setGroupIds(List.of(group));
        authentication.setAuthorizedApps(Set.of("tasklist", "cockpit"));
        authentications.addOrReplace(authentication);
        AuthenticationUtil.updateSession(session, authentications);
        return session;
    }
}
