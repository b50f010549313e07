package fi.hva.grants.grant;

import fi.hva.grants.common.Now;
import java.math.BigDecimal;
import java.util.List;
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
}
