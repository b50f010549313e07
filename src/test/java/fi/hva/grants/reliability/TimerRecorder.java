package fi.hva.grants.reliability;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Records each execution of the cluster test's timer job with the node that ran it, in the job's own
 * transaction: a job that ran twice and committed twice leaves two rows.
 */
public class TimerRecorder {

    private final JdbcTemplate jdbcTemplate;
    private final String node;

    public TimerRecorder(JdbcTemplate jdbcTemplate, Environment environment) {
        this.jdbcTemplate = jdbcTemplate;
        this.node = environment.getProperty("grants.node", "unknown");
    }

    public void record(DelegateExecution execution) {
        jdbcTemplate.update("insert into reliability.timer_execution (process_instance_id, node) values (?, ?)",
                execution.getProcessInstanceId(), node);
    }
}
