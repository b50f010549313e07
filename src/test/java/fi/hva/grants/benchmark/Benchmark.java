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
 * not Lähellä.fi's. Run only by {@code mvn -B -Pbenchmark test}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("benchmark")
@SpringBootTest(properties = {"camunda.bpm.database.type=postgres", "camunda.bpm.job-execution.enabled=true"})
@ActiveProfiles("test")
@Import({BenchmarkDatabase.class, ScriptedListingCheck.class, ProcessFixtures.class, CallDriver.class, JobExecutorAwait.class,
        NoOpDelegate.class})
@ExtendWith(EngineTestSetup.class)
public @interface Benchmark {
}
