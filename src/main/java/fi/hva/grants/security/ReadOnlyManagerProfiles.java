package fi.hva.grants.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/**
 * Camunda's default authorizations, except that a manager may only read her own user. The default provider gives
 * every new user ALL on their own user, so the read-only manager could change her name, e-mail and password
 * ({@code PUT /user/{id}/profile}, {@code /credentials}) or delete herself. When a user joins
 * {@link Groups#MANAGERS}, that grant becomes READ; {@link RoleAuthorizations} does the same at start-up for
 * managers who joined before. Leaving the group gives nothing back: an administrator grants it again if needed.
 */
class ReadOnlyManagerProfiles extends DefaultAuthorizationProvider {

    static final Permission[] OWN_USER_PERMISSIONS = {Permissions.READ};

    @Override
    public AuthorizationEntity[] groupMembershipCreated(String groupId, String userId) {
        AuthorizationEntity[] defaults = super.groupMembershipCreated(groupId, userId);
        if (!Groups.MANAGERS.equals(groupId)) {
            return defaults;
        }
        AuthorizationEntity ownUser = Context.getCommandContext().getAuthorizationManager()
                .findAuthorizationByUserIdAndResourceId(AUTH_TYPE_GRANT, userId, Resources.USER, userId);
        if (ownUser == null) {
            return defaults;
        }
        ownUser.setPermissions(OWN_USER_PERMISSIONS);
        return defaults == null ? new AuthorizationEntity[] {ownUser} : append(defaults, ownUser);
    }

    private static AuthorizationEntity[] append(AuthorizationEntity[] authorizations, AuthorizationEntity more) {
        AuthorizationEntity[] all = Arrays.copyOf(authorizations, authorizations.length + 1);
        all[authorizations.length] = more;
        return all;
    }
}
