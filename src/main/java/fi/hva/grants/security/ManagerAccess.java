package fi.hva.grants.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who may open the managers' pages: members of {@link Groups#MANAGERS} logged in to the Camunda
 * webapps. Anyone else logged in is refused (403); without a login the answer is 401.
 */
@Component
public class ManagerAccess {

    private static final List<String> MANAGER_GROUPS = List.of(Groups.MANAGERS);

    private final OfficerSession officerSession;

    public ManagerAccess(OfficerSession officerSession) {
        this.officerSession = officerSession;
    }

    /** Null when the request may go on, otherwise the status to answer with. */
    public HttpStatus refusal(HttpServletRequest request) {
        if (officerSession.memberOf(request, MANAGER_GROUPS).isPresent()) {
            return null;
        }
        return officerSession.loggedIn(request) ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED;
    }
}
