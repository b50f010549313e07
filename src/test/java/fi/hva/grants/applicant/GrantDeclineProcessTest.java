package fi.hva.grants.applicant;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fi.hva.grants.call.GrantCall;
import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.common.Messages;
import fi.hva.grants.grant.DecisionDispatch;
import fi.hva.grants.grant.DecisionOutcome;
import fi.hva.grants.grant.GrantApplication;
import fi.hva.grants.grant.GrantApplicationRepository;
import fi.hva.grants.payment.PaymentRepository;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ProcessKeys;
import fi.hva.grants.process.ProcessTest;
import fi.hva.grants.process.Variables;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The association declines its grant through the e-service: possible from the decision until the grant is
 * paid in full, so also while the rectification period runs; otherwise refused with the real reason.
 */
@ProcessTest
class GrantDeclineProcessTest {

    static final Applicant OWNER = new Applicant("0201256-6", "aino.virtanen@example.fi");

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ProcessFixtures fixtures;
    @Autowired GrantApplicationRepository applications;
    @Autowired PaymentRepository payments;
    @Autowired DecisionDispatch decisionDispatch;
    @Autowired ApplicantReplies replies;
    @Autowired Messages messages;

    GrantCall call;
    final List<String> started = new ArrayList<>();

    @BeforeEach
    void openCall() {
        call = fixtures.openCall();
    }

    /** Other tests of this engine count the application instances; the ones left waiting here are removed. */
    @AfterEach
    void removeRunningInstances() {
        started.stream().filter(id -> runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0)
                .forEach(id -> runtimeService.deleteProcessInstance(id, "test finished"));
    }

    @Test
    void aGrantIsDeclinedDuringTheRectificationPeriodAndTheWholeGrantIsFreed() {
        ProcessInstance instance = decided(9000);
        String number = instance.getBusinessKey();
        ProcessInstance decision = decisionOf(instance);
        assertThat(decision).isWaitingAt("rectificationGateway");

        replies.declineGrant(OWNER, number);

        assertThat(instance).hasPassed("grantDeclinedBeforeFinal", "declineMerge", "recordGrantDeclined")
                .hasNotPassed("payGrant").isWaitingAt("acknowledgeDeclinedGrant");
        assertThat(decision).isEnded().hasNotPassed("markDecisionFinal");
        GrantApplication declined = application(number);
        Assertions.assertThat(declined.getGrantDeclinedAt()).isNotNull();
        Assertions.assertThat(declined.getFinalOn()).isNull();
        Assertions.assertThat(payments.findByCaseNumberOrderByInstalment(number)).isEmpty();
        Task acknowledge = fixtures.task(instance.getId());
        Assertions.assertThat(taskService.getVariableLocal(acknowledge.getId(), Variables.CASE_SUMMARY).toString())
                .contains(messages.get("paymentSummary.declinedBeforePayout", Messages.DATE_TIME.format(declined.getGrantDeclinedAt()),
                        Messages.euros(new BigDecimal("9000")), call.getCode()));

        assertThatThrownBy(() -> replies.declineGrant(OWNER, number)).isInstanceOf(InvalidInputException.class)
                .hasMessage(messages.get("applicant.decline.alreadyDeclined", number, Messages.DATE_TIME.format(declined.getGrantDeclinedAt())));

        fixtures.complete(acknowledge, "liisa", Map.of());
        assertThat(instance).isEnded().hasPassed("grantDeclinedEnd");
    }

    @Test
    void aGrantPaidInFullIsNotDeclinedAndTheRefusalSaysItIsPaid() {
        ProcessInstance instance = decided(9000);
        fixtures.passRectificationPeriod();
        fixtures.runPaymentBatch(Map.of());
        assertThat(instance).isWaitingAt("followUpReport");
        String number = instance.getBusinessKey();

        assertThatThrownBy(() -> replies.declineGrant(OWNER, number)).isInstanceOf(InvalidInputException.class)
                .hasMessage(messages.get("applicant.decline.paid", number));

        assertThat(instance).isWaitingAt("followUpReport");
        Assertions.assertThat(application(number).getGrantDeclinedAt()).isNull();
    }

    @Test
    void anApplicationNotGrantedIsNotDeclinedAndTheRefusalSaysNothingWasGranted() {
        ProcessInstance undecided = start();
        fixtures.executeDueJobs();
        assertThatThrownBy(() -> replies.declineGrant(OWNER, undecided.getBusinessKey())).isInstanceOf(InvalidInputException.class)
                .hasMessage(messages.get("applicant.decline.notDecided", undecided.getBusinessKey()));

        ProcessInstance instance = decided(0);
        String number = instance.getBusinessKey();
        Assertions.assertThat(application(number).getDecisionOutcome()).isEqualTo(DecisionOutcome.DECLINED);
        ProcessInstance decision = decisionOf(instance);

        assertThatThrownBy(() -> replies.declineGrant(OWNER, number)).isInstanceOf(InvalidInputException.class)
                .hasMessage(messages.get("applicant.decline.notGranted", number));

        assertThat(instance).isWaitingAt("noticeDecision").hasNotPassed("grantDeclinedBeforeFinal");
        assertThat(decision).isWaitingAt("rectificationGateway");
        Assertions.assertThat(application(number).getGrantDeclinedAt()).isNull();
    }

    /** Reviewed with the proposed amount, decided by the board and notified: the rectification period runs. */
    private ProcessInstance decided(int amount) {
        ProcessInstance instance = start();
        fixtures.executeDueJobs();
        fixtures.complete(fixtures.task(instance.getId()), "maija", ProcessFixtures.scoredReview(amount));
        fixtures.executeDueJobs();
        decisionDispatch.dispatch(application(instance.getBusinessKey()).getId());
        fixtures.executeDueJobs();
        assertThat(instance).isWaitingAt("noticeDecision");
        return instance;
    }

    private ProcessInstance start() {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(ProcessKeys.APPLICATION_PROCESS,
                ProcessFixtures.application(call.getCode()));
        started.add(instance.getId());
        return instance;
    }

    private ProcessInstance decisionOf(ProcessInstance application) {
        return runtimeService.createProcessInstanceQuery().superProcessInstanceId(application.getId()).singleResult();
    }

    private GrantApplication application(String number) {
        return applications.findByApplicationNumber(number).orElseThrow();
    }
}
