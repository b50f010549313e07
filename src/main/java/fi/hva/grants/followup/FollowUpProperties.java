package fi.hva.grants.followup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/** Where the population table for euros per resident comes from; one CSV file per region. */
@ConfigurationProperties(prefix = "grants.followup")
public record FollowUpProperties(Resource populationFile) {
}
