package fi.hva.grants.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/**
 * Grants permissions to a group without duplicating anything. The database allows one GRANT row per
 * group, resource type and resource id, so missing permissions are merged into the existing row.
 */
@Component
public class AuthorizationGrants {

    private final AuthorizationService authorizationService;

    public AuthorizationGrants(AuthorizationService authorizationService) {
        this.authorizationService = authorizationService;
    }

    public void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = find(groupId, resource, resourceId);
        if (existing != null) {
            addMissing(existing, permissions);
            return;
        }
        try {
            Authorization created = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            created.setGroupId(groupId);
            created.setResource(resource);
            created.setResourceId(resourceId);
            for (Permission permission : permissions) {
                created.addPermission(permission);
            }
            authorizationService.saveAuthorization(created);
        } catch (ProcessEngineException e) {
            // Another node sharing the database may have inserted the same row a moment earlier.
            Authorization concurrent = find(groupId, resource, resourceId);
            if (concurrent == null) {
                throw e;
            }
            addMissing(concurrent, permissions);
        }
    }

    /** Narrows a user's grant on a resource to the given permissions, where it allows anything else. */
    public void restrictUser(String userId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizationService.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT)
                .userIdIn(userId)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
        if (existing == null) {
            return;
        }
        List<Permission> allowed = List.of(permissions);
        boolean allowsMore = Arrays.stream(Permissions.values())
                .filter(permission -> permission != Permissions.ALL && permission != Permissions.NONE)
                .filter(permission -> Arrays.asList(permission.getTypes()).contains(resource))
                .anyMatch(permission -> !allowed.contains(permission) && existing.isPermissionGranted(permission));
        if (allowsMore) {
            existing.setPermissions(permissions);
            authorizationService.saveAuthorization(existing);
        }
    }

    private Authorization find(String groupId, Resource resource, String resourceId) {
        return authorizationService.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
    }

    private void addMissing(Authorization authorization, Permission... permissions) {
        boolean changed = false;
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizationService.saveAuthorization(authorization);
        }
    }
}
