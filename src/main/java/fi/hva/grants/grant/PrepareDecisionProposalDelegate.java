package fi.hva.grants.grant;

import static fi.hva.grants.call.CallProcessVariables.CALL_ID;
import static fi.hva.grants.call.CallProcessVariables.WITHIN_APPROPRIATION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Laadi päätösesitys": sums the reviewers' proposals against the appropriation. */
@Component
class PrepareDecisionProposalDelegate implements JavaDelegate {

    private final DecisionProposal proposal;

    PrepareDecisionProposalDelegate(DecisionProposal proposal) {
        this.proposal = proposal;
    }

    @Override
    public void execute(DelegateExecution execution) {
        WITHIN_APPROPRIATION.set(execution, proposal.prepare(CALL_ID.from(execution)));
    }
}
