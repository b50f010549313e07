package fi.hva.grants.process;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import fi.hva.grants.partnership.PartnershipDriver;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * A process test: the whole application on in-memory H2 with the job executor off, the listing
 * service replaced by {@link ScriptedListingCheck}, PRH's register by {@link ScriptedCompanyRegister}, and the flow nodes each test passes recorded for {@link ProcessCoverageGate}.
 * MockMvc and the metrics export are on for every process test, so that the controller and monitoring tests share this
 * one Spring context with the process tests instead of starting contexts of their own; tests that count over every
 * case of the engine use {@link CountingProcessTest}, the same configuration in a context of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@Import({ProcessEngineCoverageConfiguration.class, ScriptedListingCheck.class, ScriptedCompanyRegister.class, ProcessFixtures.class,
        CallDriver.class, PartnershipDriver.class})
@AutoConfigureMockMvc
@AutoConfigureObservability
@ExtendWith(EngineTestSetup.class)
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface ProcessTest {
}
