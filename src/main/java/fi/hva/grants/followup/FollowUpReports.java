package fi.hva.grants.followup;

import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import fi.hva.grants.followup.FollowUpReport.ApplicationStages;
import fi.hva.grants.followup.FollowUpReport.Breakdown;
import fi.hva.grants.followup.FollowUpReport.Durations;
import fi.hva.grants.followup.FollowUpReport.Municipality;
import fi.hva.grants.followup.FollowUpReport.Outcomes;
import fi.hva.grants.grant.DecisionOutcome;
import fi.hva.grants.grant.DecisionStage;
import fi.hva.grants.grant.GrantApplication;
import fi.hva.grants.grant.LatestStages;
import fi.hva.grants.payment.Payment;
import fi.hva.grants.premises.PremisesUses;
import fi.hva.grants.region.RegionProperties;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the follow-up figures from our own tables (applications, the call's board decision,
 * the stages of each decision, payments), not from the engine's history, which the nightly cleanup
 * removes after five years.
 */
@Component
public class FollowUpReports {

    private final FollowUpData data;
    private final PopulationTable population;
    private final RegionProperties region;
    private final PremisesUses premisesUses;
    private final Messages messages;

    FollowUpReports(FollowUpData data, PopulationTable population, RegionProperties region, PremisesUses premisesUses,
                    Messages messages) {
        this.data = data;
        this.population = population;
        this.region = region;
        this.premisesUses = premisesUses;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public FollowUpReport report(FollowUpQuery query) {
        List<GrantApplication> applications = query.call() == null
                ? data.applicationsOfYear(query.year())
                : data.applicationsOfCall(query.call().getId());
        Map<Long, List<DecisionStage>> stages = (query.call() == null
                ? data.decisionStagesOfYear(query.year())
                : data.decisionStagesOfCall(query.call().getId())).stream()
                .collect(Collectors.groupingBy(DecisionStage::getApplicationId));
        // Partnership grants are negotiated, not applied for in a call, so only the year's report has them.
        List<PartnershipGrantYear> partnershipYears = query.call() == null ? data.partnershipYearsOf(query.year()) : List.of();
        Map<Long, LocalDate> firstPaid = data.paidPaymentsOfYear(query.year()).stream()
                .collect(Collectors.toMap(Payment::getApplicationId, Payment::getPaidOn,
                        (a, b) -> a.isBefore(b) ? a : b));
        List<Breakdown> byGrantForm = new ArrayList<>(breakdown(applications, a -> a.getCall().getGrantType().name(),
                "grantForm", region.grantForms().stream().map(Enum::name).toList()));
        if (query.call() == null) {
            byGrantForm.add(partnershipGrants(partnershipYears));
        }
        List<Granted> granted = Stream.concat(
                applications.stream().filter(FollowUpReports::granted)
                        .map(a -> new Granted(municipalityOf(a.getMunicipality()), a.getDecidedAmount())),
                partnershipYears.stream().filter(PartnershipGrantYear::granted)
                        .map(y -> new Granted(municipalityOf(y.municipality()), y.confirmedAmount()))).toList();
        return new FollowUpReport(query.year(), query.callCode(), outcomes(applications), byGrantForm,
                breakdown(applications, GrantApplication::getContentArea, "contentArea", region.contentAreas()),
                breakdown(applications, GrantApplication::getHyteArea, "hyteArea", region.hyteAreas()),
                perMunicipality(granted), regionTotal(granted),
                durations(applications.stream().filter(a -> a.getDecisionOutcome() != null && a.decidedOn() != null)
                        .map(a -> ChronoUnit.DAYS.between(LocalDate.ofInstant(a.getSubmittedAt(), Now.HELSINKI), a.decidedOn()))
                        .toList()),
                durations(applications.stream().filter(a -> firstPaid.containsKey(a.getId()) && a.decidedOn() != null)
                        .map(a -> ChronoUnit.DAYS.between(a.decidedOn(), firstPaid.get(a.getId())))
                        .toList()),
                population.source(), population.referenceDate(),
                applications.stream().map(a -> new ApplicationStages(a.getApplicationNumber(), a.getAssociationName(),
                        a.getRequestedAmount(), LatestStages.of(stages.getOrDefault(a.getId(), List.of())))).toList(),
                // Premises are let to associations, not through a call, so only the year's report has them.
                query.call() == null ? premisesUses.costsOf(query.year()) : null);
    }

    /** A granted sum and the home municipality of its association: a call's grant or a partnership year. */
    private record Granted(String municipality, BigDecimal amount) {
    }

    private static Outcomes outcomes(List<GrantApplication> applications) {
        return new Outcomes(applications.size(),
                count(applications, FollowUpReports::granted),
                count(applications, a -> a.getDecisionOutcome() == DecisionOutcome.DECLINED),
                count(applications, a -> a.getDecisionOutcome() == DecisionOutcome.NOT_EXAMINED),
                count(applications, a -> a.getDecisionOutcome() == null),
                sum(applications, GrantApplication::getRequestedAmount),
                grantedSum(applications));
    }

    /** Every code the region offers is listed, also with no applications, so years compare row by row. */
    private List<Breakdown> breakdown(List<GrantApplication> applications, Function<GrantApplication, String> code,
                                      String labelPrefix, List<String> offered) {
        Map<String, List<GrantApplication>> groups = new LinkedHashMap<>();
        offered.forEach(c -> groups.put(c, new ArrayList<>()));
        applications.stream().sorted(Comparator.comparing(code, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(a -> groups.computeIfAbsent(code.apply(a), c -> new ArrayList<>()).add(a));
        return groups.entrySet().stream().map(group -> new Breakdown(group.getKey(),
                        messages.label(labelPrefix, group.getKey()), group.getValue().size(),
                        count(group.getValue(), FollowUpReports::granted),
                        sum(group.getValue(), GrantApplication::getRequestedAmount), grantedSum(group.getValue())))
                .toList();
    }

    /** Agreement years of the year, those confirmed in the budget, the agreed maxima and the confirmed sums. */
    private Breakdown partnershipGrants(List<PartnershipGrantYear> years) {
        List<PartnershipGrantYear> confirmed = years.stream().filter(PartnershipGrantYear::granted).toList();
        return new Breakdown("PARTNERSHIP", messages.get("followup.partnershipGrants"), years.size(), confirmed.size(),
                total(years.stream().map(PartnershipGrantYear::agreedMaximum)),
                total(confirmed.stream().map(PartnershipGrantYear::confirmedAmount)));
    }

    /** The region's municipalities in the table's order, then any other home municipality of a grantee. */
    private List<Municipality> perMunicipality(List<Granted> granted) {
        Map<String, List<Granted>> byMunicipality = new LinkedHashMap<>();
        region.municipalities().forEach(m -> byMunicipality.put(m, new ArrayList<>()));
        granted.forEach(g -> byMunicipality.computeIfAbsent(g.municipality(), m -> new ArrayList<>()).add(g));
        return byMunicipality.entrySet().stream()
                .map(e -> municipality(e.getKey(), population.residents(e.getKey()).orElse(null), e.getValue()))
                .toList();
    }

    private Municipality regionTotal(List<Granted> granted) {
        long residents = region.municipalities().stream().mapToLong(m -> population.residents(m).orElseThrow()).sum();
        return municipality(region.name(), residents, granted);
    }

    private String municipalityOf(String municipality) {
        return municipality == null || municipality.isBlank() ? messages.get("followup.municipality.unknown") : municipality.trim();
    }

    private static Municipality municipality(String name, Long residents, List<Granted> grants) {
        BigDecimal sum = total(grants.stream().map(Granted::amount));
        BigDecimal perResident = residents == null || residents == 0 ? null
                : sum.divide(BigDecimal.valueOf(residents), 2, RoundingMode.HALF_UP);
        return new Municipality(name, residents, grants.size(), sum, perResident);
    }

    private static Durations durations(List<Long> days) {
        if (days.isEmpty()) {
            return new Durations(0, null, null, null, null);
        }
        List<Long> sorted = days.stream().sorted().toList();
        int n = sorted.size();
        BigDecimal average = BigDecimal.valueOf(sorted.stream().mapToLong(Long::longValue).sum())
                .divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP);
        BigDecimal median = n % 2 == 1 ? BigDecimal.valueOf(sorted.get(n / 2)).setScale(1)
                : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
        return new Durations(n, average, median, sorted.get(0), sorted.get(n - 1));
    }

    private static boolean granted(GrantApplication application) {
        return application.getDecisionOutcome() != null && application.getDecisionOutcome().isGranted();
    }

    private static long count(Collection<GrantApplication> applications, Predicate<GrantApplication> which) {
        return applications.stream().filter(which).count();
    }

    private static BigDecimal grantedSum(Collection<GrantApplication> applications) {
        return sum(applications.stream().filter(FollowUpReports::granted).toList(), GrantApplication::getDecidedAmount);
    }

    private static BigDecimal sum(Collection<GrantApplication> applications, Function<GrantApplication, BigDecimal> amount) {
        return total(applications.stream().map(amount));
    }

    private static BigDecimal total(Stream<BigDecimal> amounts) {
        return amounts.filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }
}
