package fi.hva.grants.call;

import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Applies the liaison officer's changes to single proposed amounts; the proposal is then checked again. */
@Component
public class ProposalAdjustmentRecorder implements TaskListener {

    private final DecisionProposal proposal;

    public ProposalAdjustmentRecorder(DecisionProposal proposal) {
        this.proposal = proposal;
    }

    @Override
    public void notify(DelegateTask task) {
        proposal.amend(task.getVariable(Variables.CALL_ID), TaskForms.value(task, ProposalForm.AMOUNT_CHANGES));
    }
}
