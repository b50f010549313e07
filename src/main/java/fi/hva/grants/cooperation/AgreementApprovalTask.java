package fi.hva.grants.cooperation;

import static fi.hva.grants.cooperation.CooperationProcessVariables.AGREEMENT_APPROVED;
import static fi.hva.grants.cooperation.CooperationProcessVariables.AGREEMENT_ID;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskCompletedBy;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.UserTask;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * "Hyväksy sopimus" (form cooperation-approval) and its "Tallenna sopimuksen hyväksyntä": whether the decision
 * body approved it.
 */
@Component
class AgreementApprovalTask extends UserTask<AgreementApprovalTask.Input> {

    static final String OUTCOME = "approvalOutcome";
    static final String NOTES = "approvalNotes";
    static final String REFERENCE = "approvalReference";
    static final String DECIDED_ON = "approvalDecidedOn";

    /** The outcome is null when none was chosen. */
    record Input(ApprovalOutcome outcome, String notes, String reference, LocalDate decidedOn) {
    }

    private final AgreementSummary summary;
    private final CooperationAgreements agreements;

    AgreementApprovalTask(AgreementSummary summary, CooperationAgreements agreements) {
        super(List.of(OUTCOME, NOTES, REFERENCE, DECIDED_ON));
        this.summary = summary;
        this.agreements = agreements;
    }

    @Override
    protected void show(DelegateTask task) {
        TaskForms.showCaseSummary(task, summary.of(AGREEMENT_ID.from(task)));
    }

    @Override
    protected Input parse(Map<String, Object> submitted) {
        return new Input(FormValues.choice(submitted.get(OUTCOME), ApprovalOutcome.class),
                FormValues.text(submitted.get(NOTES)), FormValues.text(submitted.get(REFERENCE)),
                FormValues.date(submitted.get(DECIDED_ON)));
    }

    @Override
    protected void save(DelegateExecution execution, Input input) {
        boolean approved = agreements.recordApproval(AGREEMENT_ID.from(execution), input.outcome(), input.notes(),
                input.reference(), input.decidedOn(), TaskCompletedBy.of(execution));
        AGREEMENT_APPROVED.set(execution, approved);
    }
}
