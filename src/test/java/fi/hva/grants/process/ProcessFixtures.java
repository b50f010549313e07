package fi.hva.grants.process;

import fi.hva.grants.call.CallPreparationTask;
import fi.hva.grants.call.CallPreparation;
import fi.hva.grants.call.CallProgress;
import fi.hva.grants.call.GrantCall;
import fi.hva.grants.call.GrantCallRepository;
import fi.hva.grants.common.GrantType;
import fi.hva.grants.common.Now;
import fi.hva.grants.grant.ApplicationFormFields;
import fi.hva.grants.grant.GrantApplicationRepository;
import fi.hva.grants.security.Officers;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.support.TransactionTemplate;

/** Builds calls and applications for process tests and drives the engine's jobs by hand. */
@TestComponent
public class ProcessFixtures {

    public static final String VALID_IBAN = "FI21 1234 5600 0007 85";
    private static final Set<String> DECISION_PERIODS = Set.of("rectificationPeriodEnded", "membersPeriodEnded", "appealPeriodEnded");
    private static final DateTimeFormatter FORM_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final CallPreparation preparation;
    private final CallProgress progress;
    private final GrantCallRepository calls;
    private final GrantApplicationRepository applications;
    private final TransactionTemplate transactions;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final FormService formService;
    private final IdentityService identityService;

    public ProcessFixtures(CallPreparation preparation, CallProgress progress, GrantCallRepository calls,
                           GrantApplicationRepository applications, TransactionTemplate transactions, RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
                           FormService formService, IdentityService identityService) {
        this.preparation = preparation;
        this.progress = progress;
        this.calls = calls;
        this.applications = applications;
        this.transactions = transactions;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.formService = formService;
        this.identityService = identityService;
    }

    /** An operating-grant call open now, made through the services without a call process. */
    public GrantCall openCall() {
        return openCall(1);
    }

    public GrantCall openCall(int instalments) {
        GrantCall call = preparation.create(GrantType.OPERATING, LocalDateTime.ofInstant(Now.instant(), Now.HELSINKI).getYear() + 1);
        Map<String, Object> fields = callFields(LocalDateTime.ofInstant(Now.instant(), Now.HELSINKI).minusDays(1), 21);
        fields.put(CallPreparationTask.INSTALMENTS, instalments);
        preparation.describe(call.getId(), CallPreparationTask.draft(fields));
        progress.open(call.getId());
        return calls.findById(call.getId()).orElseThrow();
    }

    /** The fields of "Valmistele avustushaku" as an officer submits them. */
    public static Map<String, Object> callFields(LocalDateTime opens, int openDays) {
        Map<String, Object> fields = new HashMap<>();
        fields.put(CallPreparationTask.NAME, "Toiminta-avustukset");
        fields.put(CallPreparationTask.APPROPRIATION, 100000);
        fields.put(CallPreparationTask.MAX_GRANT, 20000);
        fields.put(CallPreparationTask.OPENS_AT, opens.format(FORM_DATE_TIME));
        fields.put(CallPreparationTask.CLOSES_AT, opens.plusDays(openDays).format(FORM_DATE_TIME));
        fields.put(CallPreparationTask.REPORT_DEADLINE, opens.plusYears(1).toLocalDate().toString());
        fields.put(CallPreparationTask.INSTALMENTS, 1);
        fields.put(CallPreparationTask.CONTENT_AREAS, List.of("MENTAL_HEALTH_SUBSTANCE_CRISIS", "EVERYDAY_FUNCTIONING", "WAR_VETERANS"));
        fields.put(CallPreparationTask.HYTE_AREAS, List.of("MENTAL_HEALTH_PROMOTION", "LONELINESS_PREVENTION"));
        fields.putAll(CallPreparationTask.CRITERIA.fill(List.of(criterion("Kiinnittyminen tehtäviin", 60), criterion("Talousarvio", 40))));
        return fields;
    }

    private static Map<String, Object> criterion(String name, int weight) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", name);
        row.put("weight", weight);
        return row;
    }

    /** A complete, valid electronic application to the call, with consent to electronic notice. */
    public static Map<String, Object> application(String callCode) {
        Map<String, Object> v = new HashMap<>();
        v.put(ApplicationFormFields.CALL_CODE, callCode);
        v.put(ApplicationFormFields.BUSINESS_ID, "0201256-6");
        v.put(ApplicationFormFields.ASSOCIATION_NAME, "Kajaanin Mielenterveysyhdistys ry");
        v.put(ApplicationFormFields.MUNICIPALITY, "Kajaani");
        v.put(ApplicationFormFields.CONTACT_NAME, "Aino Virtanen");
        v.put(ApplicationFormFields.CONTACT_EMAIL, "aino.virtanen@example.fi");
        v.put(ApplicationFormFields.IBAN, VALID_IBAN);
        v.put(ApplicationFormFields.ACTIVITY_NAME, "Vertaistukiryhmät");
        v.put(ApplicationFormFields.ACTIVITY_DESCRIPTION, "Viikoittaiset vertaistukiryhmät mielenterveyskuntoutujille.");
        v.put(ApplicationFormFields.ACTIVITY_TYPE, "PEER_SUPPORT");
        v.put(ApplicationFormFields.TARGET_GROUP, "WORKING_AGE");
        v.put(ApplicationFormFields.CONTENT_AREA, "MENTAL_HEALTH_SUBSTANCE_CRISIS");
        v.put(ApplicationFormFields.HYTE_AREA, "MENTAL_HEALTH_PROMOTION");
        v.put(ApplicationFormFields.REQUESTED_AMOUNT, 12000);
        v.put(ApplicationFormFields.ELECTRONIC_NOTICE_CONSENT, true);
        v.put(ApplicationFormFields.CHANNEL, "ELECTRONIC");
        return v;
    }

    public String startApplication(Map<String, Object> variables) {
        return runtimeService.startProcessInstanceByKey(ProcessKeys.APPLICATION_PROCESS, variables).getId();
    }

    /**
     * Executes every job of a process instance that is due now, including those the executed ones
     * create, like the job executor would. Timer start events (the daily payment batch) are left
     * out: tests start a payment batch when they mean to.
     */
    public void executeDueJobs() {
        executeDue(managementService.createJobQuery());
    }

    /**
     * Lets the rectification and appeal periods of the decisions sent so far run out: the engine clock
     * moves to just after the last day of the latest such period, as {@code Deadlines} computed it for
     * the timers, and every due job runs, so the decisions become final and the instances go on. A fixed
     * number of days would fall short whenever a last day moves past weekends and holidays.
     */
    public void passRectificationPeriod() {
        publishMinutesOfDecisionsSent();
        Date periodsEnd = latestDecisionPeriodEnd()
                .orElseThrow(() -> new IllegalStateException("No decision waits for its rectification or appeal period."));
        // Each period that ends may open the next (the members' after the applicant's), so go on until none is left.
        for (int period = 0; periodsEnd != null && period < DECISION_PERIODS.size(); period++) {
            moveClockPast(periodsEnd);
            executeDueJobs();
            periodsEnd = latestDecisionPeriodEnd().orElse(null);
        }
    }

    /**
     * The board secretary records, as "Pöytäkirjan julkaisun kirjaus" does, that the minutes of every decision sent so
     * far were published on the day of the decision, so the members' period runs alongside the applicant's.
     */
    public void publishMinutesOfDecisionsSent() {
        transactions.execute(status -> runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.DECISION_PROCESS)
                .active().list().stream()
                .map(instance -> applications.findByApplicationNumber(instance.getBusinessKey()).orElseThrow())
                .filter(application -> application.minutesPublishedOn() == null)
                .map(application -> application.decidedSeparately()
                        ? Map.<String, Object>of("minutesApplicationNumber", application.getApplicationNumber(),
                                "minutesPublishedOn", application.decidedOn())
                        : Map.<String, Object>of("minutesCallCode", application.getCall().getCode(),
                                "minutesPublishedOn", boardDecidedOn(application.getCall())))
                // Another test's decision dated after this test's clock cannot have its minutes published yet.
                .filter(form -> !((LocalDate) form.get("minutesPublishedOn")).isAfter(LocalDate.ofInstant(Now.instant(), Now.HELSINKI)))
                .map(form -> {
                    Map<String, Object> submitted = new HashMap<>(form);
                    submitted.put("minutesPublishedOn", form.get("minutesPublishedOn").toString());
                    return submitted;
                })
                .distinct()
                .toList())
                .forEach(form -> runtimeService.startProcessInstanceByKey(ProcessKeys.MINUTES_PUBLICATION_PROCESS, form));
    }

    /** Tests that dispatch decisions without the board's task get the board's decision here (today): minutes need one. */
    private LocalDate boardDecidedOn(GrantCall call) {
        if (call.getBoardDecidedOn() == null) {
            call.recordBoardDecision("Aluehallitus § 1", LocalDate.ofInstant(Now.instant(), Now.HELSINKI));
        }
        return call.getBoardDecidedOn();
    }

    private Optional<Date> latestDecisionPeriodEnd() {
        return DECISION_PERIODS.stream()
                .flatMap(period -> managementService.createJobQuery().timers().activityId(period).list().stream())
                .map(Job::getDuedate)
                .max(Date::compareTo);
    }

    /** Moves the engine clock a minute past the moment, never backwards. */
    public static void moveClockPast(Date moment) {
        Date target = Date.from(moment.toInstant().plus(Duration.ofMinutes(1)));
        if (target.after(ClockUtil.getCurrentTime())) {
            ClockUtil.setCurrentTime(target);
        }
    }

    /** Executes the due jobs of one process instance only, leaving the others queued. */
    public void executeDueJobsOf(String processInstanceId) {
        executeDue(managementService.createJobQuery().processInstanceId(processInstanceId));
    }

    private void executeDue(JobQuery query) {
        for (int round = 0; round < 10_000; round++) {
            var due = query.executable().list().stream().filter(job -> job.getProcessInstanceId() != null).findFirst();
            if (due.isEmpty()) {
                return;
            }
            managementService.executeJob(due.get().getId());
        }
        throw new IllegalStateException("Jobs keep coming; a loop in the model?");
    }

    /** Finance runs a payment batch of what is due and confirms it, naming the payments the bank returned. */
    public ProcessInstance runPaymentBatch(Map<String, Object> failures) {
        ProcessInstance batch = runtimeService.startProcessInstanceByMessage(ProcessKeys.MESSAGE_PAYMENT_BATCH_REQUESTED);
        Task confirmation = task(batch.getId());
        if (confirmation != null) {
            complete(confirmation, "tapio", failures);
        }
        executeDueJobs();
        return batch;
    }

    public Task task(String processInstanceId) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    }

    /**
     * Claims the task and submits the form the way Tasklist does: logged in as the officer with their
     * groups, so the engine refuses a task that is not their group's, as it refuses them in Tasklist.
     */
    public void complete(Task task, String officer, Map<String, Object> form) {
        as(officer, () -> {
            taskService.claim(task.getId(), officer);
            formService.submitTaskForm(task.getId(), form);
        });
    }

    /** The officer takes the task in Tasklist. */
    public void claim(Task task, String officer) {
        as(officer, () -> taskService.claim(task.getId(), officer));
    }

    /** Runs the action logged in as the demo user with their groups, authorizations checked; logged out afterwards. */
    public void as(String officer, Runnable action) {
        as(officer, () -> {
            action.run();
            return null;
        });
    }

    public <T> T as(String officer, Supplier<T> action) {
        identityService.setAuthentication(officer, Officers.groupsOf(officer));
        try {
            return action.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    public static Map<String, Object> scoredReview(int proposedAmount) {
        Map<String, Object> form = new HashMap<>();
        form.put("reviewOutcome", "SCORED");
        form.put("score1", 4);
        form.put("score2", 3);
        form.put("proposedAmount", proposedAmount);
        form.put("reviewReasoning", "Toiminta vastaa haun painopisteitä.");
        return form;
    }

}
