package fi.hva.grants.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hva.grants.call.GrantCall;
import fi.hva.grants.call.GrantCallRepository;
import fi.hva.grants.common.Now;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ProcessKeys;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A late application registering while the secretary records the call's board decision. The decision holds
 * the call's row lock (BoardDecision.record) until it has listed the applications it covers; the registration
 * reads the call's status under the same lock, so it waits, sees the call decided and asks for a decision of
 * its own instead of waiting for a dispatch that has already passed it by.
 */
@PostgresTest
class LateApplicationRaceOnPostgresIT {

    @Autowired RuntimeService runtimeService;
    @Autowired ProcessFixtures fixtures;
    @Autowired GrantCallRepository calls;
    @Autowired TransactionTemplate tx;

    @Test
    void lateApplicationWaitsForTheBoardDecisionBeingRecordedAndThenGetsItsOwnDecision() throws Exception {
        GrantCall call = fixtures.openCall();
        ClockUtil.setCurrentTime(Date.from(call.getClosesAt().plus(Duration.ofDays(1))));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch recordDecision = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> decision = threads.submit(() -> tx.executeWithoutResult(status -> {
                GrantCall decided = calls.lockById(call.getId()).orElseThrow();
                locked.countDown();
                await(recordDecision);
                decided.recordBoardDecision("Aluehallitus 12.2.2027 § 18", LocalDate.ofInstant(Now.instant(), Now.HELSINKI));
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            Future<String> application = threads.submit(() -> fixtures.startApplication(ProcessFixtures.application(call.getCode())));

            Thread.sleep(500);
            assertThat(application.isDone()).as("registration waits for the call's lock").isFalse();
            recordDecision.countDown();
            decision.get(10, TimeUnit.SECONDS);
            String instanceId = application.get(10, TimeUnit.SECONDS);

            BpmnAwareTests.assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId)
                    .processDefinitionKey(ProcessKeys.APPLICATION_PROCESS).singleResult())
                    .isWaitingAt("recordLateDecision").hasNotPassed("awaitBoardDecision");
        } finally {
            threads.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
