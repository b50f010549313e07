package fi.hva.grants.partnership;

import static fi.hva.grants.partnership.PartnershipNegotiationProcessVariables.PARTNERSHIP_ID;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskCompletedBy;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.UserTask;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * "Hyväksy sopimusluonnos" (form partnership-draft-approval) and its "Tallenna luonnoksen hyväksyntä": approved
 * goes to the decision body, returned back to negotiation.
 */
@Component
class PartnershipDraftApprovalTask extends UserTask<PartnershipDraftApprovalTask.Input> {

    static final String OUTCOME = "draftOutcome";
    static final String NOTES = "draftNotes";

    /** The outcome is null when none was chosen. */
    record Input(DraftOutcome outcome, String notes) {
    }

    private final PartnershipSummary summary;
    private final PartnershipAgreements agreements;

    PartnershipDraftApprovalTask(PartnershipSummary summary, PartnershipAgreements agreements) {
        super(List.of(OUTCOME, NOTES));
        this.summary = summary;
        this.agreements = agreements;
    }

    @Override
    protected void show(DelegateTask task) {
        TaskForms.showCaseSummary(task, summary.of(PARTNERSHIP_ID.from(task)));
    }

    @Override
    protected Input parse(Map<String, Object> submitted) {
        return new Input(FormValues.choice(submitted.get(OUTCOME), DraftOutcome.class),
                FormValues.text(submitted.get(NOTES)));
    }

    @Override
    protected void save(DelegateExecution execution, Input input) {
        PartnershipNegotiationProcessVariables.DRAFT_APPROVED.set(execution, agreements.recordDraftApproval(
                PARTNERSHIP_ID.from(execution), input.outcome(), input.notes(), TaskCompletedBy.of(execution)));
    }
}
