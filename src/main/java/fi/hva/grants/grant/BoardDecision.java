package fi.hva.grants.grant;

import fi.hva.grants.call.Calls;
import fi.hva.grants.call.GrantCall;
import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Problems;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision body's decision on a whole call: the proposal as it stands, or with single amounts
 * changed. Recording it is quick; every application is then advanced in a job of its own.
 */
@Service
class BoardDecision {

    private final Calls calls;
    private final DecisionProposal proposal;
    private final GrantApplicationRepository applications;
    private final Messages messages;
    private final DecisionStages stages;

    BoardDecision(Calls calls, DecisionProposal proposal, GrantApplicationRepository applications, Messages messages,
                  DecisionStages stages) {
        this.calls = calls;
        this.proposal = proposal;
        this.applications = applications;
        this.messages = messages;
        this.stages = stages;
    }

    /**
     * Every application the decision examines gets the decision body's stage, recorded by the secretary:
     * a change with its reasoning, or the proposal confirmed with the reasoning it carried. A late
     * application is not examined, so it gets none.
     */
    @Transactional
    void record(long callId, BoardDecisionType type, List<ProposalChange> changes, String reference, LocalDate decidedOn,
                String secretary) {
        Problems problems = new Problems(messages);
        problems.addIf(type == null, "board.type.required");
        problems.addIf(type == BoardDecisionType.WITH_CHANGES && changes.isEmpty(), "board.changes.required");
        problems.addIfNotMinutes(reference, decidedOn);
        problems.throwIfAny();
        Set<Long> changed = type == BoardDecisionType.WITH_CHANGES
                ? proposal.amend(callId, changes).stream().map(change -> change.application().getId()).collect(Collectors.toSet())
                : Set.of();
        // Taken before the applications are listed for the dispatch; a late application registering now waits for it.
        GrantCall call = calls.lock(callId);
        new Problems(messages).addIf(!proposal.fitsAppropriation(call), "board.overAppropriation",
                Messages.euros(proposal.total(callId)), Messages.euros(call.getAppropriation())).throwIfAny();
        call.recordBoardDecision(reference, decidedOn);
        for (GrantApplication application : applications.findByCallIdOrderByApplicationNumber(call.getId())) {
            DecisionStage.Kind kind = changed.contains(application.getId())
                    ? DecisionStage.Kind.BOARD_CHANGE : DecisionStage.Kind.BOARD_CONFIRMATION;
            if (!application.isLate()) {
                stages.record(application, kind, application.proposedOrZero(), application.getProposalReasoning(), secretary);
            }
        }
    }

    /** The applications the decision covers, as they stand when it is recorded. */
    @Transactional(readOnly = true)
    List<Long> applicationIds(long callId) {
        return applications.findIdsByCallId(calls.get(callId).getId());
    }
}
