package fi.hva.grants.decision.letter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The decision body's decision to recover a grant: how much, by when, why, and where it was minuted.
 * An amount of zero (a recovery given up on a rectification request) has no due date.
 */
public record RecoveryDecision(BigDecimal amount, LocalDate dueOn, String reasoning, String boardReference,
                               LocalDate decidedOn) {

    public RecoveryDecision {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() > 0) {
            Objects.requireNonNull(dueOn, "dueOn");
        }
        Objects.requireNonNull(boardReference, "boardReference");
        Objects.requireNonNull(decidedOn, "decidedOn");
    }
}
