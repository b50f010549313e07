package fi.hva.grants.decision.letter;

import fi.hva.grants.grant.DecisionOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything printed on a decision letter, detached from the entities so that a letter can be
 * rendered again later exactly as it was sent. A recovery decision's letter prints the recovery's
 * reasoning, reference and date, not the grant decision's.
 */
public record DecisionLetterContent(
        String regionName,
        String decisionBody,
        LetterKind kind,
        String applicationNumber,
        String callName,
        String callCode,
        int grantYear,
        String associationName,
        String businessId,
        String contactName,
        DecisionOutcome outcome,
        BigDecimal requestedAmount,
        BigDecimal decidedAmount,
        String reasoning,
        String boardReference,
        LocalDate decisionDate,
        LocalDate reportDeadline,
        LocalDate usePeriodEnd,
        String administrativeCourt,
        LetterContacts contacts,
        LocalDate letterDate,
        RecoveryDecision recovery) {

    /**
     * A letter missing its amount, deadlines, appeal authority or contacts would bind the county to terms it
     * never stated, or leave the recipient without anyone to ask, so such content is refused before anything
     * is rendered.
     */
    public DecisionLetterContent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(applicationNumber, "applicationNumber");
        Objects.requireNonNull(decisionBody, "decisionBody");
        Objects.requireNonNull(letterDate, "letterDate");
        Objects.requireNonNull(contacts, "contacts");
        if (outcome.isGranted()) {
            Objects.requireNonNull(decidedAmount, "decidedAmount of a granted application");
            Objects.requireNonNull(reportDeadline, "reportDeadline of a granted application");
            Objects.requireNonNull(usePeriodEnd, "usePeriodEnd of a granted application");
        }
        if (kind.answersRectification()) {
            Objects.requireNonNull(administrativeCourt, "administrativeCourt of a rectification decision");
        }
        if (kind.isRecovery()) {
            Objects.requireNonNull(recovery, "recovery of a recovery decision");
        }
    }
}
