package fi.hva.grants.call;

import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Laadi päätösesitys": sums the reviewers' proposals against the appropriation. */
@Component
public class PrepareDecisionProposalDelegate implements JavaDelegate {

    private final DecisionProposal proposal;

    public PrepareDecisionProposalDelegate(DecisionProposal proposal) {
        this.proposal = proposal;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(Variables.WITHIN_APPROPRIATION, proposal.prepare(execution.getVariable(Variables.CALL_ID)));
    }
}
