package fi.hva.grants.region;

import fi.hva.grants.common.GrantType;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What differs between the wellbeing services counties. One file per region under
 * {@code src/main/resources/regions/}, chosen with {@code grants.region}. {@code sources} names, for each list of the
 * file, the seed it comes from or that it is the county's own choice; RegionFilesTest holds the files to it.
 */
@ConfigurationProperties(prefix = "region")
public record RegionProperties(
        String id,
        String name,
        String decisionBody,
        String administrativeCourt,
        List<GrantType> grantForms,
        List<String> contentAreas,
        List<String> hyteAreas,
        List<String> municipalities,
        List<DefaultCriterion> defaultCriteria,
        PartnershipRules partnership,
        Map<String, String> sources) {

    public record DefaultCriterion(String name, int weight) {
    }

    /**
     * How partnership grants start in the region. An association's initiative is accepted only
     * between the two days of the year when they are given (as {@code --MM-dd}); the external
     * funding decision is awaited at most the given number of months after agreement in negotiation. {@code funders} are
     * the other funders whose activity a partnership grant may co-finance (STEA, ESR, MUNICIPAL); none given, any.
     */
    public record PartnershipRules(String initiativePeriodStart, String initiativePeriodEnd, int fundingDecisionMonths,
                                   List<String> funders) {

        public boolean coFinances(String funder) {
            return funders == null || funders.isEmpty() || funders.contains(funder);
        }

        public boolean acceptsInitiativeOn(java.time.LocalDate day) {
            if (initiativePeriodStart == null || initiativePeriodEnd == null) {
                return true;
            }
            java.time.MonthDay today = java.time.MonthDay.from(day);
            return !today.isBefore(java.time.MonthDay.parse(initiativePeriodStart))
                    && !today.isAfter(java.time.MonthDay.parse(initiativePeriodEnd));
        }
    }

    /** Whether the place is one of the region's municipalities; case and surrounding spaces do not matter. */
    public boolean hasMunicipality(String place) {
        return place != null && municipalities != null && municipalities.stream()
                .anyMatch(municipality -> municipality.strip().equalsIgnoreCase(place.strip()));
    }

    public boolean offers(GrantType form) {
        return grantForms.contains(form);
    }
}
