package fi.hva.grants.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may open the files of a case (attachments, letters, payment files, agreement drafts): an officer or
 * manager logged in to the webapps whom the engine, asked as that user with their groups, shows at least one of
 * <ul>
 *   <li>an open task of the case (READ on the task, i.e. the task's candidate group or assignee, or READ_TASK on
 *       its process definition),</li>
 *   <li>a running process instance of the case (READ on it, or READ_INSTANCE on its definition),</li>
 *   <li>the history of the case: a historic process instance or task (READ_HISTORY on the definition, or READ
 *       on the historic instance where the engine runs with historic instance permissions).</li>
 * </ul>
 * A case is the process instance tree that carries the case's business key: the instance with the key, its
 * root, and everything the root called (an application's decision, payout and use report; a partnership's
 * agreement and the payouts of its years, whose keys are {@code KA-…/<year>}). Officers get READ only on
 * the tasks of their group, so a group sees the files of a case while a task of the case is theirs, and no
 * longer once it is done, exactly as Tasklist shows them the case; managers, with READ_INSTANCE and
 * READ_HISTORY on every definition, see every case, decided ones included.
 */
@Component
public class CaseAccess {

    /** Who is asking: the webapp user and the groups the webapp login found for them. */
    public record Reader(String userId, List<String> groupIds) {
    }

    private final OfficerSession officerSession;
    private final IdentityService identityService;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;

    public CaseAccess(OfficerSession officerSession, IdentityService identityService, TaskService taskService,
                      RuntimeService runtimeService, HistoryService historyService) {
        this.officerSession = officerSession;
        this.identityService = identityService;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
    }

    /**
     * The officer or manager logged in to the webapps in this session; empty for anyone else, who gets 401, the
     * administrator too: Camunda lets administrators read everything, but they manage users and models, not cases.
     * A reader who may not read the case gets 404, as for an id that does not exist, so ids cannot be probed.
     */
    public Optional<Reader> reader(HttpServletRequest request) {
        return officerSession.officerLogin(request).map(login -> new Reader(login.getName(), List.copyOf(login.getGroupIds())));
    }

    public boolean mayRead(Reader reader, CaseRef caseRef) {
        // Finding the case's instances is not the reader's query: they need not see the instance that holds the key.
        Set<String> roots = withAuthentication(null, () -> instancesOf(caseRef).list().stream()
                .map(HistoricProcessInstance::getRootProcessInstanceId).collect(Collectors.toSet()));
        Set<String> instances = withAuthentication(null, () -> roots.stream()
                .flatMap(root -> historyService.createHistoricProcessInstanceQuery().rootProcessInstanceId(root).list().stream())
                .map(HistoricProcessInstance::getId).collect(Collectors.toSet()));
        if (instances.isEmpty()) {
            return false;
        }
        return withAuthentication(new Authentication(reader.userId(), reader.groupIds()), () ->
                taskService.createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new)).count() > 0
                        || runtimeService.createProcessInstanceQuery().processInstanceIds(instances).count() > 0
                        || historyService.createHistoricProcessInstanceQuery().processInstanceIds(instances).count() > 0
                        || roots.stream().anyMatch(root ->
                                historyService.createHistoricTaskInstanceQuery().rootProcessInstanceId(root).count() > 0));
    }

    private HistoricProcessInstanceQuery instancesOf(CaseRef caseRef) {
        HistoricProcessInstanceQuery query = historyService.createHistoricProcessInstanceQuery();
        if (caseRef instanceof CaseRef.ProcessVariable variable) {
            return query.processDefinitionKey(variable.processDefinitionKey())
                    .variableValueEquals(variable.variableName(), variable.value());
        }
        return query.processInstanceBusinessKey(((CaseRef.BusinessKey) caseRef).businessKey());
    }

    /** Runs the queries as the given user (with authorization checks) or, for null, as the application itself. */
    private <T> T withAuthentication(Authentication authentication, Supplier<T> work) {
        Authentication previous = identityService.getCurrentAuthentication();
        if (authentication == null) {
            identityService.clearAuthentication();
        } else {
            identityService.setAuthentication(authentication);
        }
        try {
            return work.get();
        } finally {
            if (previous == null) {
                identityService.clearAuthentication();
            } else {
                identityService.setAuthentication(previous);
            }
        }
    }
}
