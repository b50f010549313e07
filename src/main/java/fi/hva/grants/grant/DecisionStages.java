package fi.hva.grants.grant;

import fi.hva.grants.common.Now;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Appends the stages of decisions on the engine's clock and reads them back in the order they were taken. */
@Component
class DecisionStages {

    private final DecisionStageRepository stages;

    DecisionStages(DecisionStageRepository stages) {
        this.stages = stages;
    }

    void record(GrantApplication application, DecisionStage.Kind kind, BigDecimal amount, String reasoning, String recordedBy) {
        stages.save(new DecisionStage(application.getId(), kind, amount, reasoning, recordedBy, Now.instant()));
    }

    List<DecisionStage> of(long applicationId) {
        return stages.findByApplicationIdOrderByRecordedAtAscIdAsc(applicationId);
    }

    /** The latest stages of each of the applications, in one query. */
    Map<Long, LatestStages> latestOf(List<GrantApplication> applications) {
        if (applications.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<DecisionStage>> byApplication = stages.findByApplicationIdIn(
                        applications.stream().map(GrantApplication::getId).toList()).stream()
                .collect(Collectors.groupingBy(DecisionStage::getApplicationId));
        return applications.stream().collect(Collectors.toMap(GrantApplication::getId,
                a -> LatestStages.of(byApplication.getOrDefault(a.getId(), List.of()))));
    }
}
