package fi.hva.grants.call;

import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tallenna esityksen muutokset": the officer's changes to single amounts; the proposal is then summed again. */
@Component
public class SaveProposalChangesDelegate implements JavaDelegate {

    private final DecisionProposal proposal;

    public SaveProposalChangesDelegate(DecisionProposal proposal) {
        this.proposal = proposal;
    }

    @Override
    public void execute(DelegateExecution execution) {
        proposal.amend(execution.getVariable(Variables.CALL_ID),
                ProposalForm.CHANGES.rows(TaskForms.take(execution, ProposalForm.CHANGES.names())));
    }
}
