package fi.hva.grants.process;

import fi.hva.grants.call.CallPreparationTask;
import fi.hva.grants.call.GrantCall;
import fi.hva.grants.call.GrantCallRepository;
import fi.hva.grants.common.Now;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.test.context.TestComponent;

/** Drives a call and its applications through the models the way the officers would. */
@TestComponent
public class CallDriver {

    private final ProcessFixtures fixtures;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final GrantCallRepository calls;

    public CallDriver(ProcessFixtures fixtures, RuntimeService runtimeService, HistoryService historyService,
                      GrantCallRepository calls) {
        this.fixtures = fixtures;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.calls = calls;
    }

    /** The liaison officer starts the call from Tasklist. */
    public ProcessInstance startCall() {
        return fixtures.as("liisa", () -> runtimeService.startProcessInstanceByKey(ProcessKeys.CALL_PROCESS,
                Map.of("grantForm", "OPERATING", "grantYear", LocalDate.ofInstant(Now.instant(), Now.HELSINKI).getYear() + 1)));
    }

    /** A call approved and open for applications, its period starting tomorrow and lasting three weeks. */
    public ProcessInstance openCall(int appropriation) {
        ProcessInstance call = startCall();
        prepare(call, appropriation);
        approve(call);
        fixtures.executeDueJobs();
        moveClockTo(callOf(call).getOpensAt());
        return call;
    }

    public void prepare(ProcessInstance call, int appropriation) {
        Map<String, Object> fields = new HashMap<>(ProcessFixtures.callFields(
                LocalDateTime.ofInstant(Now.instant(), Now.HELSINKI).plusDays(1), 21));
        fields.put(CallPreparationTask.APPROPRIATION, appropriation);
        fixtures.complete(fixtures.task(call.getId()), "liisa", fields);
    }

    public void approve(ProcessInstance call) {
        fixtures.complete(fixtures.task(call.getId()), "sanna",
                Map.of("approvalDecision", "APPROVED", "approvalReference", "Aluehallitus 1.10.2026 § 12"));
    }

    public void decideOnBoard(ProcessInstance call, Map<String, Object> form) {
        fixtures.complete(fixtures.task(call.getId()), "sanna", form);
    }

    public ProcessInstance startApplication(Map<String, Object> form) {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(ProcessKeys.APPLICATION_PROCESS, form);
        fixtures.executeDueJobs();
        return instance;
    }

    public ProcessInstance startApplication(String callCode, int requested) {
        Map<String, Object> form = ProcessFixtures.application(callCode);
        form.put("requestedAmount", requested);
        return startApplication(form);
    }

    public void review(ProcessInstance application, String reviewer, int proposedAmount) {
        fixtures.complete(fixtures.task(application.getId()), reviewer, ProcessFixtures.scoredReview(proposedAmount));
        fixtures.executeDueJobs();
    }

    /** Moves the engine clock a minute past the moment and runs what became due. */
    public void moveClockTo(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant.plus(Duration.ofMinutes(1))));
        fixtures.executeDueJobs();
    }

    public GrantCall callOf(ProcessInstance call) {
        Object id = runtimeService.createProcessInstanceQuery().processInstanceId(call.getId()).count() > 0
                ? runtimeService.getVariable(call.getId(), Variables.CALL_ID)
                : historyService.createHistoricVariableInstanceQuery().processInstanceId(call.getId())
                        .variableName(Variables.CALL_ID).singleResult().getValue();
        return calls.findById(((Number) id).longValue()).orElseThrow();
    }

    public static String today() {
        return LocalDate.ofInstant(Now.instant(), Now.HELSINKI).toString();
    }
}
