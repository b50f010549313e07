package fi.hva.grants.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the Tasklist filters fast on PostgreSQL (README, "Tasklist on PostgreSQL"). Every task has its own
 * authorization row, and the engine's task query looks each visible task's rows up with
 * {@code RESOURCE_ID_ in (task id, process key, '*')}, keeping those that grant READ on the task
 * ({@code PERMS_ & 2 = 2}) or READ_TASK on the process ({@code PERMS_ & 64 = 64}).
 * <ul>
 * <li>Statistics on the two permission expressions: without them the planner guesses that 0.5 % of the rows
 * match and compares every task with every row, so a filter page grows with the square of the open tasks.
 * <li>A partial index holding only the rows that can pass that test: through the plain RESOURCE_ID_ index the
 * lookup of '*' fetched every group's global grants (filters, deployments, start rights) once per task, only
 * to throw them away.
 * </ul>
 * Created at start-up because the engine creates its own tables after the Flyway migrations have run; the
 * advisory lock keeps nodes that start together from creating them twice.
 */
@Component
public class TasklistQueryTuning {

    public static final String STATISTICS = "act_stat_auth_perms";
    public static final String INDEX = "hva_idx_auth_task_read";
    private static final long LOCK = 0x7461736b6c697374L;

    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public TasklistQueryTuning(ProcessEngine engine, JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onApplicationReady() {
        // H2 (development and most tests) has neither extended nor partial-index planning of this kind.
        if (!"postgres".equals(databaseType())) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            jdbc.queryForList("select pg_advisory_xact_lock(" + LOCK + ")");
            jdbc.execute("create statistics if not exists " + STATISTICS + " on (PERMS_ & 2), (PERMS_ & 64) from ACT_RU_AUTHORIZATION");
            // The engine's own predicate, word for word, so that the planner can prove the query implies it:
            // READ (2) on a task (resource type 7) or READ_TASK (64) on a process definition (6).
            jdbc.execute("create index if not exists " + INDEX + " on ACT_RU_AUTHORIZATION (RESOURCE_ID_) where TYPE_ < 2"
                    + " and ((RESOURCE_TYPE_ = 7 and PERMS_ & 2 = 2) or (RESOURCE_TYPE_ = 6 and PERMS_ & 64 = 64))");
        });
        // Autovacuum keeps the statistics current from here on; the first ones are needed now.
        jdbc.execute("analyze ACT_RU_AUTHORIZATION");
    }

    private String databaseType() {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType();
    }
}
