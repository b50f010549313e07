package fi.hva.grants.call;

import static fi.hva.grants.call.CallProcessVariables.CALL_APPROVED;
import static fi.hva.grants.call.CallProcessVariables.CALL_ID;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.UserTask;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * "Kirjaa haun hyväksyntä" and its "Tallenna haun hyväksyntä": the secretary reads the call as it was
 * prepared and records the decision body's approval, or the return to preparation with notes.
 */
@Component
public class CallApprovalTask extends UserTask<CallApprovalTask.Input> {

    public static final String APPROVAL_DECISION = "approvalDecision";
    public static final String APPROVAL_REFERENCE = "approvalReference";
    public static final String APPROVAL_NOTES = "approvalNotes";

    /** The approval as submitted; the decision is null when none was chosen. */
    record Input(ApprovalDecision decision, String reference, String notes) {
    }

    private final CallPreparation preparation;
    private final CallSummary summary;

    CallApprovalTask(CallPreparation preparation, CallSummary summary) {
        super(List.of(APPROVAL_DECISION, APPROVAL_REFERENCE, APPROVAL_NOTES));
        this.preparation = preparation;
        this.summary = summary;
    }

    @Override
    protected void show(DelegateTask task) {
        TaskForms.showCaseSummary(task, summary.of(CALL_ID.from(task)));
    }

    @Override
    protected Input parse(Map<String, Object> submitted) {
        return new Input(FormValues.choice(submitted.get(APPROVAL_DECISION), ApprovalDecision.class),
                FormValues.text(submitted.get(APPROVAL_REFERENCE)),
                FormValues.text(submitted.get(APPROVAL_NOTES)));
    }

    @Override
    protected void save(DelegateExecution execution, Input input) {
        CALL_APPROVED.set(execution, preparation.recordApproval(CALL_ID.from(execution), input.decision(),
                input.reference(), input.notes()));
    }
}
