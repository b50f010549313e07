package fi.hva.grants.process;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Fails a process test class whose tests together pass through less than 90 % of the flow nodes. */
@TestConfiguration
public class CoverageThreshold {

    public static final double MINIMUM = 0.9;

    @Bean
    public ProcessEngineCoverageProperties processEngineCoverageProperties() {
        return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(MINIMUM).build();
    }
}
