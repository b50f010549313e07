package fi.hva.grants.region;

import fi.hva.grants.call.GrantForm;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What differs between the wellbeing services counties. One file per region under
 * {@code src/main/resources/regions/}, chosen with {@code grants.region}.
 */
@ConfigurationProperties(prefix = "region")
public record RegionProperties(
        String id,
        String name,
        String decisionBody,
        String administrativeCourt,
        List<GrantForm> grantForms,
        List<String> contentAreas,
        List<String> hyteAreas,
        List<String> municipalities,
        List<DefaultCriterion> defaultCriteria) {

    public record DefaultCriterion(String name, int weight) {
    }

    public boolean offers(GrantForm form) {
        return grantForms.contains(form);
    }
}
