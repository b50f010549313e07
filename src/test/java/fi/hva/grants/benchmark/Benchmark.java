package fi.hva.grants.benchmark;

import fi.hva.grants.process.CallDriver;
import fi.hva.grants.process.EngineTestSetup;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ScriptedListingCheck;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A benchmark: the whole application on embedded PostgreSQL behind a Hikari pool counted by
 * datasource-proxy, with the job executor running as in production (default pool and acquisition
 * settings). The listing service answers "listed" at once, so the figures are the engine's and ours,
 * not Lähellä.fi's; the nightly history cleanup is off. Run only by {@code mvn -B -Pbenchmark test}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("benchmark")
// No history cleanup: it runs at night in production, and in a run between 01:00 and 05:00 it deleted the
// baseline's history (time to live 1 day, the clock moved by weeks) while our models were being measured.
@SpringBootTest(properties = {"camunda.bpm.database.type=postgres", "camunda.bpm.job-execution.enabled=true",
        "camunda.bpm.generic-properties.properties.historyCleanupEnabled=false"})
@ActiveProfiles("test")
@Import({BenchmarkDatabase.class, ScriptedListingCheck.class, ProcessFixtures.class, CallDriver.class, JobExecutorAwait.class,
        NoOpDelegate.class})
@ExtendWith(EngineTestSetup.class)
public @interface Benchmark {
}
