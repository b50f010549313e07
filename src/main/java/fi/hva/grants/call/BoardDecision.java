package fi.hva.grants.call;

import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Problems;
import fi.hva.grants.grant.GrantApplicationRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision body's decision on a whole call: the proposal as it stands, or with single amounts
 * changed. Recording it is quick; every application is then advanced in a job of its own.
 */
@Service
public class BoardDecision {

    public static final String AS_PROPOSED = "AS_PROPOSED";
    public static final String WITH_CHANGES = "WITH_CHANGES";

    private final Calls calls;
    private final DecisionProposal proposal;
    private final GrantApplicationRepository applications;
    private final Messages messages;

    public BoardDecision(Calls calls, DecisionProposal proposal, GrantApplicationRepository applications, Messages messages) {
        this.calls = calls;
        this.proposal = proposal;
        this.applications = applications;
        this.messages = messages;
    }

    @Transactional
    public void record(Object callId, String type, List<Map<String, Object>> changeRows, String reference, LocalDate decidedOn) {
        Problems problems = new Problems(messages);
        problems.addIf(!AS_PROPOSED.equals(type) && !WITH_CHANGES.equals(type), "board.type.required");
        problems.addIf(WITH_CHANGES.equals(type) && changeRows.isEmpty(), "board.changes.required");
        problems.addIfNotMinutes(reference, decidedOn);
        problems.throwIfAny();
        if (WITH_CHANGES.equals(type)) {
            proposal.amend(callId, changeRows);
        }
        // Taken before the applications are listed for the dispatch; a late application registering now waits for it.
        GrantCall call = calls.lock(callId);
        new Problems(messages).addIf(!proposal.fitsAppropriation(call), "board.overAppropriation",
                Messages.euros(proposal.total(callId)), Messages.euros(call.getAppropriation())).throwIfAny();
        call.recordBoardDecision(reference, decidedOn);
    }

    /** The applications the decision covers, as they stand when it is recorded. */
    @Transactional(readOnly = true)
    public List<Long> applicationIds(Object callId) {
        return applications.findIdsByCallId(calls.get(callId).getId());
    }
}
