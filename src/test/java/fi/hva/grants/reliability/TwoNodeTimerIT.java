package fi.hva.grants.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hva.grants.process.ProcessStateHistoryLevel;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application nodes, each in its own JVM, on one PostgreSQL database (Camunda's cluster mode:
 * shared tables, job executors not deployment aware). 1,000 timers fall due at the same moment; each
 * timer's job records its execution and node in the job's transaction. Exactly 1,000 executions, no
 * instance twice, no job left. Run by {@code mvn -B -Preliability test} (about three minutes).
 */
@Tag("slow-reliability")
class TwoNodeTimerIT {

    private static final int TIMERS = 1000;
    private static final String MODEL = "clusterTimer";

    @TempDir Path logs;

    @Test
    void thousandTimerJobsRunExactlyOnceAcrossTwoNodes() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
            JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
            // A schema of its own: Flyway refuses to migrate a non-empty public schema without its history table.
            jdbc.execute("create schema reliability");
            jdbc.execute("create table reliability.timer_execution (process_instance_id varchar(64) not null, node varchar(20) not null, "
                    + "executed_at timestamp not null default clock_timestamp())");

            try (AppNode first = new AppNode("node-a", jdbcUrl, logs).start();
                 AppNode second = new AppNode("node-b", jdbcUrl, logs).start()) {
                ProcessEngine driver = driverEngine(jdbcUrl);
                try {
                    Instant dueAt = startTimers(driver);
                    awaitExecutions(jdbc, dueAt);
                    List<Map<String, Object>> perNode = jdbc.queryForList(
                            "select node, count(*) as executions from reliability.timer_execution group by node order by node");
                    long executions = jdbc.queryForObject("select count(*) from reliability.timer_execution", Long.class);
                    long distinct = jdbc.queryForObject("select count(distinct process_instance_id) from reliability.timer_execution", Long.class);
                    long jobsLeft = driver.getManagementService().createJobQuery().processDefinitionKey(MODEL).count();
                    long failures = driver.getHistoryService().createHistoricJobLogQuery().processDefinitionKey(MODEL).failureLog().count();
                    System.out.printf("Two nodes, %d timers: %d executions of %d instances, per node %s, %d jobs left, "
                            + "%d failed job executions%n", TIMERS, executions, distinct, perNode, jobsLeft, failures);

                    assertThat(executions).as("timer executions").isEqualTo(TIMERS);
                    assertThat(distinct).as("instances executed").isEqualTo(TIMERS);
                    assertThat(jobsLeft).as("timer jobs left").isZero();
                    assertThat(driver.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(MODEL)
                            .completed().count()).isEqualTo(TIMERS);
                } finally {
                    driver.close();
                }
            }
        }
    }

    /** Deploys the timer model and starts the instances, all due at one moment a little after the last start. */
    private static Instant startTimers(ProcessEngine driver) {
        driver.getRepositoryService().createDeployment().addModelInstance(MODEL + ".bpmn",
                Bpmn.createExecutableProcess(MODEL).camundaHistoryTimeToLive(1)
                        .startEvent()
                        .intermediateCatchEvent("due").timerWithDate("${dueAt}")
                        .serviceTask("record").camundaExpression("${timerRecorder.record(execution)}")
                        .endEvent()
                        .done()).deploy();
        Instant dueAt = Instant.now().plus(Duration.ofSeconds(40));
        for (int i = 0; i < TIMERS; i++) {
            driver.getRuntimeService().startProcessInstanceByKey(MODEL, Map.of("dueAt", Date.from(dueAt)));
        }
        // On a busy machine the last instances may start after the moment; their timers are then due at once, which tests the same.
        System.out.printf("%d timers started, %s before they fall due%n", TIMERS, Duration.between(Instant.now(), dueAt));
        return dueAt;
    }

    private static void awaitExecutions(JdbcTemplate jdbc, Instant dueAt) throws InterruptedException {
        Instant deadline = dueAt.plus(Duration.ofMinutes(3));
        long quietSince = System.nanoTime();
        long last = -1;
        while (Instant.now().isBefore(deadline)) {
            long executions = jdbc.queryForObject("select count(*) from reliability.timer_execution", Long.class);
            if (executions != last) {
                last = executions;
                quietSince = System.nanoTime();
            } else if (executions >= TIMERS && System.nanoTime() - quietSince > Duration.ofSeconds(10).toNanos()) {
                return;
            }
            Thread.sleep(500);
        }
    }

    /**
     * An engine in the test JVM that only deploys, starts and inspects: no job executor, schema made
     * by the nodes. The nodes run the jobs.
     */
    private static ProcessEngine driverEngine(String jdbcUrl) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("cluster-test-driver");
        configuration.setJdbcUrl(jdbcUrl);
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setJdbcUsername("postgres");
        configuration.setJdbcPassword("postgres");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        configuration.setJobExecutorActivate(false);
        // The nodes created the database with the application's history level; an engine must know it to start.
        configuration.setCustomHistoryLevels(List.of(new ProcessStateHistoryLevel()));
        configuration.setHistory(ProcessStateHistoryLevel.NAME);
        return configuration.buildProcessEngine();
    }
}
