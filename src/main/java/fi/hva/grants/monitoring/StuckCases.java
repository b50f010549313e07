package fi.hva.grants.monitoring;

import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import fi.hva.grants.grant.GrantApplication;
import fi.hva.grants.grant.GrantApplicationRepository;
import fi.hva.grants.monitoring.StuckCaseView.Count;
import fi.hva.grants.monitoring.StuckCaseView.IdleActivity;
import fi.hva.grants.monitoring.StuckCaseView.OpenIncident;
import fi.hva.grants.monitoring.StuckCaseView.OverdueReport;
import fi.hva.grants.monitoring.StuckCaseView.OverdueReview;
import fi.hva.grants.process.ProcessKeys;
import fi.hva.grants.process.Variables;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the cases managers should look at: work idle past its SLA, reviews past their due date,
 * use reports past their deadline and open incidents, read from the engine's runtime state.
 */
@Component
public class StuckCases {

    static final String REVIEW_TASK = "reviewApplication";
    static final String AWAIT_REPORT = "awaitReport";
    private static final String USER_TASK = "userTask";

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final RepositoryService repositoryService;
    private final GrantApplicationRepository applications;
    private final SlaProperties sla;
    private final IdentityService identityService;
    private final Messages messages;

    StuckCases(TaskService taskService, RuntimeService runtimeService, HistoryService historyService,
                      RepositoryService repositoryService, GrantApplicationRepository applications, SlaProperties sla,
                      IdentityService identityService, Messages messages) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.repositoryService = repositoryService;
        this.applications = applications;
        this.sla = sla;
        this.identityService = identityService;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public StuckCaseView now() {
        Instant now = Now.instant();
        Map<String, String> processNames = new HashMap<>();
        List<IdleActivity> idle = new ArrayList<>(idleTasks(now, processNames));
        idle.addAll(idleWaitStates(now, processNames));
        idle.sort(Comparator.comparing(IdleActivity::since));
        List<OverdueReview> reviews = overdueReviews(now);
        return new StuckCaseView(now, idle, reviews, overdueReports(now), incidents(processNames),
                counts(idle, reviews, IdleActivity::group, OverdueReview::group, group -> messages.label("group", group)),
                counts(idle, reviews, IdleActivity::assignee, OverdueReview::assignee, this::userName));
    }

    private List<IdleActivity> idleTasks(Instant now, Map<String, String> processNames) {
        Duration shortest = sla.activities().values().stream().min(Comparator.naturalOrder())
                .filter(d -> d.compareTo(sla.defaultTask()) < 0).orElse(sla.defaultTask());
        List<Task> tasks = taskService.createTaskQuery().taskCreatedBefore(Date.from(now.minus(shortest)))
                .orderByTaskCreateTime().asc().list().stream()
                .filter(task -> task.getCreateTime().toInstant().isBefore(now.minus(sla.forTask(task.getTaskDefinitionKey()))))
                .toList();
        Map<String, String> businessKeys = businessKeys(tasks.stream().map(Task::getProcessInstanceId).toList());
        return tasks.stream().map(task -> new IdleActivity(task.getProcessInstanceId(),
                businessKeys.get(task.getProcessInstanceId()), processName(task.getProcessDefinitionId(), processNames),
                task.getName(), task.getId(), candidateGroup(task.getId()), groupLabel(task.getId()), task.getAssignee(),
                task.getCreateTime().toInstant(), days(task.getCreateTime().toInstant(), now),
                sla.forTask(task.getTaskDefinitionKey()).toDays())).toList();
    }

    /** Receive tasks and timers named in the SLA configuration; they belong to no group. */
    private List<IdleActivity> idleWaitStates(Instant now, Map<String, String> processNames) {
        List<HistoricActivityInstance> waiting = new ArrayList<>();
        sla.activities().forEach((activityId, limit) -> historyService.createHistoricActivityInstanceQuery()
                .activityId(activityId).unfinished().startedBefore(Date.from(now.minus(limit))).list().stream()
                .filter(activity -> !USER_TASK.equals(activity.getActivityType()))
                .forEach(waiting::add));
        Map<String, String> businessKeys = businessKeys(waiting.stream().map(HistoricActivityInstance::getProcessInstanceId).toList());
        return waiting.stream().map(activity -> new IdleActivity(activity.getProcessInstanceId(),
                businessKeys.get(activity.getProcessInstanceId()), processName(activity.getProcessDefinitionId(), processNames),
                activity.getActivityName(), null, null, "", null, activity.getStartTime().toInstant(),
                days(activity.getStartTime().toInstant(), now), sla.activities().get(activity.getActivityId()).toDays())).toList();
    }

    private List<OverdueReview> overdueReviews(Instant now) {
        List<Task> tasks = taskService.createTaskQuery().taskDefinitionKey(REVIEW_TASK).dueBefore(Date.from(now))
                .orderByDueDate().asc().list();
        Map<String, String> businessKeys = businessKeys(tasks.stream().map(Task::getProcessInstanceId).toList());
        return tasks.stream().map(task -> new OverdueReview(task.getProcessInstanceId(),
                businessKeys.get(task.getProcessInstanceId()), task.getId(), candidateGroup(task.getId()),
                groupLabel(task.getId()), task.getAssignee(), task.getDueDate().toInstant(), days(task.getDueDate().toInstant(), now))).toList();
    }

    /** Report processes still waiting for the use report after the call's report deadline. */
    private List<OverdueReport> overdueReports(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, Now.HELSINKI);
        List<Execution> waiting = runtimeService.createExecutionQuery().processDefinitionKey(ProcessKeys.REPORT_PROCESS)
                .activityId(AWAIT_REPORT).list();
        if (waiting.isEmpty()) {
            return List.of();
        }
        Map<Long, String> instanceByApplication = new HashMap<>();
        runtimeService.createVariableInstanceQuery().variableName(Variables.APPLICATION_ID)
                .processInstanceIdIn(waiting.stream().map(Execution::getProcessInstanceId).distinct().toArray(String[]::new))
                .list().forEach(variable -> instanceByApplication.put(((Number) variable.getValue()).longValue(),
                        variable.getProcessInstanceId()));
        return applications.findAllById(instanceByApplication.keySet()).stream()
                .filter(application -> application.getCall().getReportDeadline() != null
                        && today.isAfter(application.getCall().getReportDeadline()))
                .map(application -> overdueReport(application, instanceByApplication.get(application.getId()), today))
                .sorted(Comparator.comparing(OverdueReport::deadline))
                .toList();
    }

    private static OverdueReport overdueReport(GrantApplication application, String processInstanceId, LocalDate today) {
        LocalDate deadline = application.getCall().getReportDeadline();
        return new OverdueReport(processInstanceId, application.getApplicationNumber(),
                application.getAssociationName(), deadline, ChronoUnit.DAYS.between(deadline, today));
    }

    private List<OpenIncident> incidents(Map<String, String> processNames) {
        return runtimeService.createIncidentQuery().orderByIncidentTimestamp().asc().list().stream()
                .map(incident -> new OpenIncident(incident.getProcessInstanceId(),
                        processName(incident.getProcessDefinitionId(), processNames), incident.getActivityId(),
                        incident.getIncidentType(), incident.getIncidentMessage(), incident.getIncidentTimestamp().toInstant()))
                .toList();
    }

    private static List<Count> counts(List<IdleActivity> idle, List<OverdueReview> reviews,
                                      Function<IdleActivity, String> idleKey, Function<OverdueReview, String> reviewKey,
                                      Function<String, String> label) {
        Map<String, Long> idleCounts = idle.stream().filter(a -> idleKey.apply(a) != null)
                .collect(Collectors.groupingBy(idleKey, Collectors.counting()));
        Map<String, Long> reviewCounts = reviews.stream().filter(r -> reviewKey.apply(r) != null)
                .collect(Collectors.groupingBy(reviewKey, Collectors.counting()));
        Map<String, Count> counts = new TreeMap<>();
        for (String key : union(idleCounts.keySet(), reviewCounts.keySet())) {
            counts.put(key, new Count(key, label.apply(key), idleCounts.getOrDefault(key, 0L), reviewCounts.getOrDefault(key, 0L)));
        }
        return List.copyOf(counts.values());
    }

    private static Set<String> union(Collection<String> a, Collection<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    /** The task's candidate groups; a review can have the deputies beside the service area's group. */
    private String candidateGroup(String taskId) {
        List<String> groups = candidateGroups(taskId);
        return groups.isEmpty() ? null : String.join(", ", groups);
    }

    private String groupLabel(String taskId) {
        return candidateGroups(taskId).stream().map(group -> messages.label("group", group)).collect(Collectors.joining(", "));
    }

    private List<String> candidateGroups(String taskId) {
        return taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .sorted()
                .toList();
    }

    private String userName(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : (user.getFirstName() + " " + user.getLastName()).trim();
    }

    /** Standalone tasks created in Tasklist belong to no process instance. */
    private Map<String, String> businessKeys(List<String> processInstanceIds) {
        Set<String> ids = processInstanceIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, String> keys = new HashMap<>();
        if (ids.isEmpty()) {
            return keys;
        }
        for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().processInstanceIds(ids).list()) {
            if (instance.getBusinessKey() != null) {
                keys.put(instance.getId(), instance.getBusinessKey());
            }
        }
        return keys;
    }

    private String processName(String processDefinitionId, Map<String, String> names) {
        if (processDefinitionId == null) {
            return "";
        }
        return names.computeIfAbsent(processDefinitionId, id -> {
            ProcessDefinition definition = repositoryService.getProcessDefinition(id);
            return definition.getName() != null ? definition.getName() : definition.getKey();
        });
    }

    private static long days(Instant since, Instant now) {
        return Duration.between(since, now).toDays();
    }
}
