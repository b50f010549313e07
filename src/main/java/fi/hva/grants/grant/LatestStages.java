package fi.hva.grants.grant;

import java.util.Collection;
import java.util.Comparator;

/**
 * The latest stage of each step of one application's decision; a step not taken is null. The liaison
 * officer may adjust the proposal more than once: the last adjustment is the one that went to the board.
 */
public record LatestStages(DecisionStage review, DecisionStage adjustment, DecisionStage board) {

    /** The order the stages were taken in: by time, and by id within one moment of the engine clock. */
    static final Comparator<DecisionStage> ORDER = Comparator.comparing(DecisionStage::getRecordedAt)
            .thenComparing(DecisionStage::getId);

    public static LatestStages of(Collection<DecisionStage> stages) {
        DecisionStage review = null;
        DecisionStage adjustment = null;
        DecisionStage board = null;
        for (DecisionStage stage : stages.stream().sorted(ORDER).toList()) {
            switch (stage.getKind()) {
                case REVIEW -> review = stage;
                case ADJUSTMENT -> adjustment = stage;
                case BOARD_CHANGE, BOARD_CONFIRMATION -> board = stage;
            }
        }
        return new LatestStages(review, adjustment, board);
    }
}
