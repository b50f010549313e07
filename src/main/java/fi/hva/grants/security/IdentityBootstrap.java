package fi.hva.grants.security;

import static org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_SYSTEM;
import static org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_WORKFLOW;

import fi.hva.grants.common.Messages;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the groups, their authorizations and the Tasklist filters when the application starts.
 * Every step checks before it creates, so restarts and several nodes on one database are safe.
 * It creates no users and no passwords, so it runs in every profile.
 */
@Component
public class IdentityBootstrap {

    /** Listeners that need the groups (demo users, demo data) run with a higher order value. */
    public static final int ORDER = 100;

    private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

    private final IdentityService identityService;
    private final RoleAuthorizations roleAuthorizations;
    private final TaskFilters taskFilters;
    private final Messages messages;

    public IdentityBootstrap(IdentityService identityService, RoleAuthorizations roleAuthorizations,
            TaskFilters taskFilters, Messages messages) {
        this.identityService = identityService;
        this.roleAuthorizations = roleAuthorizations;
        this.taskFilters = taskFilters;
        this.messages = messages;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(ORDER)
    public void onApplicationReady() {
        run();
    }

    public void run() {
        // A read-only identity (single sign-on, security.sso) has its groups already; authorizations and filters still apply.
        if (!identityService.isReadOnly()) {
            ensureGroup(Groups.ADMINS, GROUP_TYPE_SYSTEM);
            Groups.TASK_WORKERS.forEach(groupId -> ensureGroup(groupId, GROUP_TYPE_WORKFLOW));
            ensureGroup(Groups.MANAGERS, GROUP_TYPE_WORKFLOW);
        }
        roleAuthorizations.grantAll();
        taskFilters.ensureAll();
        log.info("Groups, authorizations and Tasklist filters are in place");
    }

    private void ensureGroup(String groupId, String type) {
        String name = messages.get("group." + groupId);
        Group existing = identityService.createGroupQuery().groupId(groupId).singleResult();
        if (existing == null) {
            try {
                Group group = identityService.newGroup(groupId);
                group.setName(name);
                group.setType(type);
                identityService.saveGroup(group);
            } catch (ProcessEngineException e) {
                // Another node sharing the database may have created the group a moment earlier.
                if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
                    throw e;
                }
            }
        } else if (!name.equals(existing.getName())) {
            // Camunda's admin-user setting creates camunda-admin with an English name.
            existing.setName(name);
            identityService.saveGroup(existing);
        }
    }
}
