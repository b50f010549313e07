package fi.hva.grants.postgres;

import fi.hva.grants.process.CallDriver;
import fi.hva.grants.process.EngineTestSetup;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ScriptedListingCheck;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import fi.hva.grants.partnership.PartnershipDriver;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/** The whole application on a real PostgreSQL, with the schema from the Flyway migrations. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "camunda.bpm.database.type=postgres")
@ActiveProfiles("test")
@Import({EmbeddedPostgresDataSource.class, ProcessEngineCoverageConfiguration.class, ScriptedListingCheck.class,
        ProcessFixtures.class, CallDriver.class, PartnershipDriver.class})
@ExtendWith(EngineTestSetup.class)
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface PostgresTest {
}
