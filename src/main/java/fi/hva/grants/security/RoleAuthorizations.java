package fi.hva.grants.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import fi.hva.grants.process.ProcessKeys;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * What each role may do in the engine and the webapps. Tasks are deliberately not granted here: the
 * engine's default authorization provider gives a candidate group READ and UPDATE on each task the
 * process assigns to it, so a group sees and works only its own tasks.
 */
@Component
public class RoleAuthorizations {

    static final String TASKLIST = "tasklist";
    static final String COCKPIT = "cockpit";
    /** Every process whose tasks officers work: Tasklist shows the process name of a task from its definition. */
    static final List<String> PROCESSES = List.of(ProcessKeys.CALL_PROCESS, ProcessKeys.APPLICATION_PROCESS,
            ProcessKeys.DECISION_PROCESS, ProcessKeys.PAYOUT_PROCESS, ProcessKeys.PAYMENT_BATCH_PROCESS, ProcessKeys.REPORT_PROCESS,
            ProcessKeys.COOPERATION_AGREEMENT_PROCESS, ProcessKeys.PARTNERSHIP_NEGOTIATION_PROCESS,
            ProcessKeys.PARTNERSHIP_AGREEMENT_PROCESS, ProcessKeys.PARTNERSHIP_NOTICE_PROCESS, ProcessKeys.HEARING_RESPONSE_PROCESS,
            ProcessKeys.RECTIFICATION_REQUEST_PROCESS, ProcessKeys.MINUTES_PUBLICATION_PROCESS, ProcessKeys.PREMISES_USE_PROCESS);
    /**
     * The processes liaison officers start from Tasklist: a call, a paper application typed in, a response to a
     * recovery hearing or a rectification request that came by post or e-mail, and an association's request to use
     * the county's premises free of charge.
     */
    static final List<String> STARTABLE = List.of(ProcessKeys.CALL_PROCESS, ProcessKeys.APPLICATION_PROCESS,
            ProcessKeys.HEARING_RESPONSE_PROCESS, ProcessKeys.RECTIFICATION_REQUEST_PROCESS, ProcessKeys.PREMISES_USE_PROCESS);
    static final List<String> PROCESS_STARTERS = List.of(Groups.LIAISON_OFFICERS, Groups.LIAISON_DEPUTIES);

    private final AuthorizationGrants grants;
    private final IdentityService identityService;

    public RoleAuthorizations(AuthorizationGrants grants, IdentityService identityService) {
        this.grants = grants;
        this.identityService = identityService;
    }

    public void grantAll() {
        Groups.TASK_WORKERS.forEach(this::grantTaskWorker);
        PROCESS_STARTERS.forEach(groupId -> grantProcessStarter(groupId, STARTABLE));
        grantProcessStarter(Groups.PARTNERSHIP_MANAGERS, List.of(ProcessKeys.COOPERATION_AGREEMENT_PROCESS,
                ProcessKeys.PARTNERSHIP_NEGOTIATION_PROCESS, ProcessKeys.PARTNERSHIP_NOTICE_PROCESS));
        grantProcessStarter(Groups.REGISTRY_OFFICE, List.of(ProcessKeys.RECTIFICATION_REQUEST_PROCESS));
        grantProcessStarter(Groups.BOARD_SECRETARIES, List.of(ProcessKeys.MINUTES_PUBLICATION_PROCESS));
        grantReadOnlyCockpit(Groups.MANAGERS);
        readOnlyOwnUsers(Groups.MANAGERS);
    }

    private void grantTaskWorker(String groupId) {
        grants.grant(groupId, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
        for (String processKey : PROCESSES) {
            grants.grant(groupId, Resources.PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.READ);
        }
    }

    private void grantProcessStarter(String groupId, List<String> processKeys) {
        for (String processKey : processKeys) {
            grants.grant(groupId, Resources.PROCESS_DEFINITION, processKey,
                    ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
        }
        grants.grant(groupId, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
    }

    /**
     * Members who joined before {@link ReadOnlyManagerProfiles} existed still hold Camunda's ALL on their own user;
     * new members get READ when they join.
     */
    private void readOnlyOwnUsers(String groupId) {
        for (User user : identityService.createUserQuery().memberOfGroup(groupId).list()) {
            grants.restrictUser(user.getId(), Resources.USER, user.getId(), ReadOnlyManagerProfiles.OWN_USER_PERMISSIONS);
        }
    }

    /** Read permissions only: a manager follows the work in Cockpit but cannot change or delete anything. */
    private void grantReadOnlyCockpit(String groupId) {
        grants.grant(groupId, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
        // Job definitions have no resource of their own in 7.24: READ on the process definition covers them.
        grants.grant(groupId, Resources.PROCESS_DEFINITION, ANY,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK);
        grants.grant(groupId, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
        grants.grant(groupId, Resources.TASK, ANY, TaskPermissions.READ);
        grants.grant(groupId, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
        // Cockpit draws the decision requirements diagram of a decision from this resource.
        grants.grant(groupId, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
        grants.grant(groupId, Resources.DEPLOYMENT, ANY, Permissions.READ);
        // Checked only when the engine runs with enableHistoricInstancePermissions; harmless otherwise.
        grants.grant(groupId, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
        grants.grant(groupId, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
    }
}
