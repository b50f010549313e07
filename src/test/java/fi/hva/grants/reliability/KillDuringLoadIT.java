package fi.hva.grants.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.hva.grants.grant.ApplicationFormFields;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ProcessKeys;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * kill -9 of the application while 500 paper applications are being typed in through /engine-rest
 * (two clients at once) and their listing checks run as jobs; then a restart on the same PostgreSQL
 * and the rest of the load. Every acknowledged application must exist exactly once, with exactly one
 * process instance waiting for its review; a request cut off by the kill may have committed or not,
 * but never twice. Run by {@code mvn -B -Preliability test}.
 */
@Tag("slow-reliability")
class KillDuringLoadIT {

    private static final int APPLICATIONS = 500;
    private static final int KILL_AFTER = 150;
    private static final String MARK = "Kuormitus ";

    @TempDir Path logs;

    private final Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
    private final Set<Integer> cutOff = ConcurrentHashMap.newKeySet();
    private final AtomicInteger next = new AtomicInteger();

    @Test
    void everyAcknowledgedApplicationSurvivesKillMinusNineOnceAndInItsState() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
            JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());

            AppNode first = new AppNode("node-before-kill", jdbcUrl, logs, "--spring.profiles.active=postgres,demo").start();
            String callCode = jdbc.queryForObject("select code from grant_call where status = 'OPEN'", String.class);
            long demoInstances = rootInstances(jdbc);
            ExecutorService clients = Executors.newFixedThreadPool(2);
            for (int c = 0; c < 2; c++) {
                clients.submit(() -> load(first.port(), callCode));
            }
            while (acknowledged.size() < KILL_AFTER) {
                Thread.sleep(20);
            }
            first.kill();
            clients.shutdown();
            assertThat(clients.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
            int beforeKill = acknowledged.size();

            try (AppNode second = new AppNode("node-after-restart", jdbcUrl, logs, "--spring.profiles.active=postgres,demo").start()) {
                load(second.port(), callCode);
                Duration catchUp = awaitJobsDone(jdbc);
                long failedJobs = jdbc.queryForObject(
                        "select count(*) from act_hi_job_log where job_exception_msg_ is not null", Long.class);

                List<Map<String, Object>> rows = jdbc.queryForList(
                        "select activity_name, application_number from grant_application where activity_name like ?", MARK + "%");
                System.out.printf("kill -9 after %d acknowledged applications (%d requests cut off); %d acknowledged in all, "
                        + "%d applications stored; jobs caught up %d s after the load (%d failed job executions)%n",
                        beforeKill, cutOff.size(), acknowledged.size(), rows.size(), catchUp.toSeconds(), failedJobs);

                assertThat(acknowledged.size() + cutOff.size()).isEqualTo(APPLICATIONS);
                assertThat(rows).extracting(row -> row.get("activity_name")).doesNotHaveDuplicates();
                assertThat(rows).extracting(row -> (String) row.get("activity_name"))
                        .containsAll(acknowledged.stream().map(i -> MARK + i).toList());
                assertThat(rows.size()).isBetween(acknowledged.size(), APPLICATIONS);
                assertThat(rootInstances(jdbc)).as("one application instance per stored application")
                        .isEqualTo(demoInstances + rows.size());
                for (Map<String, Object> row : rows) {
                    assertThat(jdbc.queryForList("""
                            select t.task_def_key_ from act_ru_task t
                            join act_ru_execution e on e.id_ = t.proc_inst_id_
                            where e.business_key_ = ?""", String.class, row.get("application_number")))
                            .as("open tasks of %s", row.get("activity_name")).containsExactly("reviewApplication");
                }
                assertThat(jdbc.queryForObject("select count(*) from act_ru_incident", Long.class)).as("incidents").isZero();
            }
        }
    }

    /** Types in applications until all are sent or the node goes away; a request the kill cut off is not retried. */
    private void load(int port, String callCode) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (int i = next.getAndIncrement(); i < APPLICATIONS; i = next.getAndIncrement()) {
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                + "/engine-rest/process-definition/key/" + ProcessKeys.APPLICATION_PROCESS + "/submit-form"))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("liisa:demo".getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body(callCode, i))).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("Application " + i + " refused: " + response.statusCode() + " " + response.body());
                }
                acknowledged.add(i);
            } catch (IOException killed) {
                cutOff.add(i);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static String body(String callCode, int i) throws IOException {
        Map<String, Object> form = ProcessFixtures.application(callCode);
        form.remove(ApplicationFormFields.CHANNEL);
        form.put(ApplicationFormFields.ACTIVITY_NAME, MARK + i);
        Map<String, Object> variables = new LinkedHashMap<>();
        form.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return new ObjectMapper().writeValueAsString(Map.of("variables", variables));
    }

    private static long rootInstances(JdbcTemplate jdbc) {
        return jdbc.queryForObject("""
                select count(*) from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_
                where e.parent_id_ is null and d.key_ = ?""", Long.class, ProcessKeys.APPLICATION_PROCESS);
    }

    /**
     * Async continuations have no due date; when none is left with retries, the restarted node has
     * caught up. Jobs the killed node had locked wait for their lock to expire (the job executor's
     * lock time, five minutes by default) before another node takes them.
     */
    private static Duration awaitJobsDone(JdbcTemplate jdbc) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + Duration.ofMinutes(8).toNanos();
        while (jdbc.queryForObject("select count(*) from act_ru_job where duedate_ is null and retries_ > 0", Long.class) > 0) {
            assertThat(System.nanoTime()).as("jobs done within eight minutes: %s", jdbc.queryForList(
                    "select id_, lock_owner_, lock_exp_time_, retries_ from act_ru_job where duedate_ is null and retries_ > 0"))
                    .isLessThan(deadline);
            Thread.sleep(1000);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
