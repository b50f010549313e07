package fi.hva.grants.region;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hva.grants.common.GrantType;
import fi.hva.grants.grant.ActivityType;
import fi.hva.grants.lahella.ListingProperties;
import fi.hva.grants.lahella.ListingSubject;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Each region's file as the application binds it, against its seed (shared/seeds): the grant forms its calls give, its
 * criteria, where every list comes from, and the eligibility table (processes/application-eligibility.dmn) evaluated with
 * the region's own inputs.
 */
class RegionFilesTest {

    private static final List<String> LISTS = List.of("grant-forms", "default-criteria", "content-areas", "hyte-areas",
            "eligibility", "municipal-split");

    private static DmnEngine dmn;
    private static DmnDecision eligibility;

    @BeforeAll
    static void parseTable() throws IOException {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream table = new ClassPathResource("processes/application-eligibility.dmn").getInputStream()) {
            eligibility = dmn.parseDecision("applicationEligibility", table);
        }
    }

    @Test
    void pohjoisPohjanmaaCallsOperatingGrantsOnlyWithTheFiveCriteriaOfItsSeed() throws IOException {
        RegionProperties region = load("pohjois-pohjanmaa");

        assertThat(region.grantForms()).containsExactly(GrantType.OPERATING);
        assertThat(region.defaultCriteria()).extracting(RegionProperties.DefaultCriterion::name).containsExactly(
                "Sosiaali- ja terveysjärjestön ammatillisesti johdettua toimintaa",
                "Palvelee koko hyvinvointialueen tai useamman sote-palvelualueen asukkaita",
                "Vastaa hyvinvointialueen asukkaiden hyvinvoinnin vajeisiin",
                "Toteuttaa hyvinvointialueen hyvinvointisuunnitelman strategisia painopisteitä",
                "Täydentää hyvinvointialueen järjestämisvastuulla olevia sosiaali- ja terveyspalveluja");
        assertThat(region.sources().get("default-criteria")).startsWith("seed 003");
        ListingProperties listing = bind("pohjois-pohjanmaa", "grants.listing", ListingProperties.class);
        assertThat(listing.subject()).as("the funded activity is listed in Ihimiset.fi, not the association").isEqualTo(ListingSubject.ACTIVITY);
        assertThat(listing.serviceName()).isEqualTo("Ihimiset.fi");
        assertThat(bind("kainuu", "grants.listing", ListingProperties.class).subject()).isEqualTo(ListingSubject.ASSOCIATION);
    }

    @Test
    void kainuuPartnershipGrantsAlsoComplementMunicipalFundingPohjoisPohjanmaasOnlySteaOrEsr() throws IOException {
        assertThat(load("kainuu").partnership().coFinances("MUNICIPAL")).isTrue();
        assertThat(load("pohjois-pohjanmaa").partnership().coFinances("MUNICIPAL")).isFalse();
        assertThat(load("pohjois-pohjanmaa").partnership().coFinances("STEA")).isTrue();
    }

    @Test
    void kainuuAndPohjoisKarjalaKeepTheirGrantForms() throws IOException {
        assertThat(load("kainuu").grantForms()).containsExactly(GrantType.OPERATING);
        assertThat(load("pohjois-karjala").grantForms()).containsExactly(GrantType.OPERATING, GrantType.THEME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kainuu", "pohjois-karjala", "pohjois-pohjanmaa"})
    void everyListNamesItsSeedOrIsMarkedTheCountysOwnChoice(String id) throws IOException {
        RegionProperties region = load(id);

        assertThat(region.id()).isEqualTo(id);
        assertThat(region.defaultCriteria().stream().mapToInt(RegionProperties.DefaultCriterion::weight).sum())
                .as("weights add up to 100").isEqualTo(100);
        assertThat(region.sources()).containsOnlyKeys(LISTS);
        assertThat(region.sources().values()).allSatisfy(source -> assertThat(source).containsPattern("seeds? 00\\d"));
        String ownSeed = switch (id) {
            case "kainuu" -> "000";
            case "pohjois-pohjanmaa" -> "003";
            default -> "00[124]";
        };
        assertThat(region.sources().values()).as("a list from another region's seed is the county's own choice")
                .allSatisfy(source -> assertThat(source.matches("^seeds? (ja )?" + ownSeed + ".*") || source.contains("oma valinta"))
                        .as(source).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"kainuu", "pohjois-karjala", "pohjois-pohjanmaa"})
    void eligibilityTableHasTheRegionsRule(String id) throws IOException {
        RegionProperties region = load(id);
        String home = region.municipalities().get(0);

        assertThat(evaluate(region, facts("YES", "YES", home, "UNANSWERED", "UNANSWERED", "ACTIVE", home)))
                .containsEntry("outcome", "ELIGIBLE");
        assertThat(evaluate(region, facts("UNANSWERED", "UNANSWERED", home, "UNANSWERED", "UNANSWERED", "ACTIVE", home)))
                .as("an older paper form without the questions").containsEntry("outcome", "ELIGIBLE");
        assertThat(evaluate(region, facts("NO", "YES", home, "UNANSWERED", "UNANSWERED", "ACTIVE", home)))
                .containsEntry("outcome", "INELIGIBLE").extractingByKey("reason").asString().contains("ettei se ole rekisteröity yhdistys");
        assertThat(evaluate(region, facts("YES", "NO", home, "UNANSWERED", "UNANSWERED", "ACTIVE", home)))
                .containsEntry("outcome", "INELIGIBLE").extractingByKey("reason").asString().contains("ettei se ole yleishyödyllinen");
        assertThat(evaluate(region, facts("YES", "YES", "Helsinki", "YES", "YES", "ACTIVE", "Helsinki")))
                .as("from outside, activity wholly for the region and separate in the books").containsEntry("outcome", "ELIGIBLE");
        assertThat(evaluate(region, facts("YES", "YES", "Helsinki", "YES", "NO", "ACTIVE", "Helsinki")))
                .containsEntry("outcome", "INELIGIBLE").extractingByKey("reason").asString().contains("kotipaikka ei ole");
        assertThat(evaluate(region, facts("YES", "YES", "Helsinki", "UNANSWERED", "UNANSWERED", "ACTIVE", "Helsinki")))
                .containsEntry("outcome", "INELIGIBLE");
        assertThat(evaluate(region, facts("YES", "YES", home, "UNANSWERED", "UNANSWERED", "DISSOLVED", home)))
                .as("the register contradicts the declarations: an officer checks").containsEntry("outcome", "CHECK");
        assertThat(evaluate(region, facts("YES", "YES", home, "UNANSWERED", "UNANSWERED", "ACTIVE", "Helsinki")))
                .containsEntry("outcome", "CHECK");
    }

    /** Seed 004's split, with the rows it adds: community, the municipalities' safety and preparedness, events and premises. */
    @ParameterizedTest
    @ValueSource(strings = {"kainuu", "pohjois-karjala", "pohjois-pohjanmaa"})
    void municipalSplitHasARowForEveryActivityTypeOfTheRegion(String id) throws IOException {
        DmnDecision split;
        try (InputStream table = new ClassPathResource("processes/municipal-responsibility.dmn").getInputStream()) {
            split = dmn.parseDecision("municipalResponsibility", table);
        }
        Map<String, Boolean> municipal = new HashMap<>();
        for (ActivityType type : ActivityType.values()) {
            DmnDecisionTableResult result = dmn.evaluateDecisionTable(split, Map.of("region", id, "activityType", type.name()));
            assertThat(result.getSingleResult()).as("%s in %s", type, id).isNotNull();
            municipal.put(type.name(), (Boolean) result.getSingleResult().getSingleEntry());
        }
        assertThat(municipal).containsEntry("COMMUNITY", true).containsEntry("MUNICIPAL_SAFETY", true)
                .containsEntry("RESCUE_SAFETY", false).containsEntry("EVENTS", false).containsEntry("PREMISES", false)
                .containsEntry("CULTURE", true).containsEntry("CULTURE_IN_CARE", false);
    }

    @Test
    void aRegionWithoutRowsInTheTableGetsNoAnswer() {
        Map<String, Object> facts = facts("YES", "YES", "Kajaani", "UNANSWERED", "UNANSWERED", "ACTIVE", "Kajaani");
        facts.put("region", "lappi");

        assertThat(dmn.evaluateDecisionTable(eligibility, facts).isEmpty()).isTrue();
    }

    private static Map<String, Object> evaluate(RegionProperties region, Map<String, Object> facts) {
        Map<String, Object> inputs = new HashMap<>(facts);
        inputs.put("region", region.id());
        inputs.put("officeInRegion", region.hasMunicipality((String) facts.get("officeInRegion")) ? "YES" : "NO");
        inputs.put("registerOfficeInRegion", region.hasMunicipality((String) facts.get("registerOfficeInRegion")) ? "YES" : "NO");
        DmnDecisionTableResult result = dmn.evaluateDecisionTable(eligibility, inputs);
        DmnDecisionRuleResult first = result.getFirstResult();
        assertThat(first).as("a rule for %s", region.id()).isNotNull();
        return first.getEntryMap();
    }

    private static Map<String, Object> facts(String registered, String nonProfit, String office, String wholly, String separate,
                                             String standing, String registerOffice) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("registeredAssociation", registered);
        facts.put("nonProfit", nonProfit);
        facts.put("officeInRegion", office);
        facts.put("activityWhollyForRegion", wholly);
        facts.put("separateBookkeeping", separate);
        facts.put("registerStanding", standing);
        facts.put("registerOfficeInRegion", registerOffice);
        return facts;
    }

    /** The region's file bound as the application binds it ({@code region.*}). */
    static RegionProperties load(String id) throws IOException {
        return bind(id, "region", RegionProperties.class);
    }

    private static <T> T bind(String id, String prefix, Class<T> type) throws IOException {
        List<PropertySource<?>> sources = new YamlPropertySourceLoader().load(id, new ClassPathResource("regions/" + id + ".yml"));
        StandardEnvironment environment = new StandardEnvironment();
        sources.forEach(source -> environment.getPropertySources().addFirst(source));
        return Binder.get(environment).bind(prefix, type).get();
    }
}
