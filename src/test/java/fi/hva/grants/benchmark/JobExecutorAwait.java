package fi.hva.grants.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.test.context.TestComponent;

/** Waits for the running job executor, and wakes it when the harness moves the engine clock. */
@TestComponent
public class JobExecutorAwait {

    private static final Duration LIMIT = Duration.ofMinutes(30);

    private final ProcessEngine engine;
    private final ManagementService managementService;
    private final SqlCounter sqlCounter;

    public JobExecutorAwait(ProcessEngine engine, ManagementService managementService, SqlCounter sqlCounter) {
        this.engine = engine;
        this.managementService = managementService;
        this.sqlCounter = sqlCounter;
    }

    /** Returns when no due, active job with retries is left; failed jobs (incidents) are left for the caller to count. */
    public void untilIdle() {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (sqlCounter.uncounted(() -> managementService.createJobQuery().executable().active().count()) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The job executor did not finish in " + LIMIT);
            }
            sleep();
        }
    }

    /**
     * The executor learns of new async jobs from the engine but not of timers that a moved clock
     * made due; without the hint it would find them only after its idle back-off (up to a minute).
     */
    public void moveClockTo(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().jobWasAdded();
        untilIdle();
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
