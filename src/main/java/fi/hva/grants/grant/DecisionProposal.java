package fi.hva.grants.grant;

import fi.hva.grants.call.Calls;
import fi.hva.grants.call.GrantCall;
import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Problems;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision proposal of a whole call: every application with its proposed amount and reasoning,
 * the total, and what is left of the appropriation. A proposal over the appropriation cannot go to
 * the decision body.
 */
@Service
class DecisionProposal {

    private final Calls calls;
    private final GrantApplicationRepository applications;
    private final Messages messages;
    private final DecisionStages stages;

    DecisionProposal(Calls calls, GrantApplicationRepository applications, Messages messages, DecisionStages stages) {
        this.calls = calls;
        this.applications = applications;
        this.messages = messages;
        this.stages = stages;
    }

    /** Marks the call proposed and answers whether the proposal fits the appropriation. */
    @Transactional
    boolean prepare(long callId) {
        GrantCall call = calls.get(callId);
        call.markProposed();
        return fitsAppropriation(call);
    }

    @Transactional(readOnly = true)
    BigDecimal total(long callId) {
        return total(applications.findByCallIdOrderByApplicationNumber(calls.get(callId).getId()));
    }

    /** The liaison officer fits the proposal to the appropriation; each change is kept as a stage of its own. */
    @Transactional
    void adjust(long callId, List<ProposalChange> submitted, String officer) {
        amend(callId, submitted).forEach(change -> stages.record(change.application(), DecisionStage.Kind.ADJUSTMENT,
                change.amount(), change.reasoning(), officer));
    }

    /**
     * Changes single proposed amounts; each change needs its reasoning. Answers the changes made, in the
     * order submitted; nothing is changed when one of them is refused.
     */
    @Transactional
    List<Change> amend(long callId, List<ProposalChange> submitted) {
        GrantCall call = calls.get(callId);
        Problems problems = new Problems(messages);
        List<Change> changes = new ArrayList<>();
        for (ProposalChange change : submitted) {
            String number = change.applicationNumber();
            BigDecimal amount = change.amount();
            String reasoning = change.reasoning();
            Optional<GrantApplication> application = number == null ? Optional.empty()
                    : applications.findByApplicationNumber(number.toUpperCase()).filter(a -> a.getCall().getId().equals(call.getId()));
            if (application.isEmpty()) {
                problems.add("proposal.change.unknownApplication", String.valueOf(number), call.getCode());
            } else if (application.get().isLate()) {
                problems.add("proposal.change.late", number);
            } else if (application.get().getEligibility() == Eligibility.INELIGIBLE && amount != null && amount.signum() > 0) {
                problems.add("proposal.change.ineligible", number, application.get().getEligibilityReason());
            } else if (amount == null || amount.signum() < 0 || amount.compareTo(application.get().getRequestedAmount()) > 0) {
                problems.add("proposal.change.amount", number, application.get().getRequestedAmount());
            } else if (reasoning == null) {
                problems.add("proposal.change.reasoningRequired", number);
            } else {
                changes.add(new Change(application.get(), amount, reasoning));
            }
        }
        problems.throwIfAny();
        changes.forEach(change -> change.application().amendProposal(change.amount(), change.reasoning()));
        return changes;
    }

    boolean fitsAppropriation(GrantCall call) {
        return total(applications.findByCallIdOrderByApplicationNumber(call.getId())).compareTo(call.getAppropriation()) <= 0;
    }

    static BigDecimal total(List<GrantApplication> applications) {
        return applications.stream().map(GrantApplication::proposedOrZero).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    record Change(GrantApplication application, BigDecimal amount, String reasoning) {
    }
}
