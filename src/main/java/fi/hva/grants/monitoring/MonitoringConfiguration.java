package fi.hva.grants.monitoring;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The metrics that need a database query are refreshed on a schedule, not on every scrape. */
@Configuration
@EnableScheduling
class MonitoringConfiguration {
}
