package fi.hva.grants.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the Tasklist filters fast on PostgreSQL. Every task has its own authorization row, and the
 * engine's task query picks the user's rows with "PERMS_ & 2 = 2" (READ on a task) or "PERMS_ & 64 = 64"
 * (READ_TASK on a process definition). Without statistics on those expressions the planner guesses that
 * 0.5 % of the rows match, joins them to every task in a nested loop over all of them, and a filter page
 * grows with the square of the open tasks (README, "Tasklist on PostgreSQL"). With the statistics it
 * looks up each task's authorizations through the index on RESOURCE_ID_. The estimates only reach the
 * query if it is planned with its parameter values, hence plan_cache_mode in application-postgres.yml.
 *
 * <p>Created at start-up because the engine creates its own tables after the Flyway migrations have run.
 */
@Component
public class TaskAuthorizationStatistics {

    static final String NAME = "act_stat_auth_perms";

    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;

    public TaskAuthorizationStatistics(ProcessEngine engine, JdbcTemplate jdbc) {
        this.engine = engine;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onApplicationReady() {
        // H2 (development and most tests) has no extended statistics and plans these queries well enough.
        if (!"postgres".equals(databaseType())) {
            return;
        }
        jdbc.execute("create statistics if not exists " + NAME + " on (PERMS_ & " + Permissions.READ.getValue()
                + "), (PERMS_ & " + ProcessDefinitionPermissions.READ_TASK.getValue() + ") from ACT_RU_AUTHORIZATION");
        // Autovacuum keeps the statistics current from here on; the first ones are needed now.
        jdbc.execute("analyze ACT_RU_AUTHORIZATION");
    }

    private String databaseType() {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType();
    }
}
