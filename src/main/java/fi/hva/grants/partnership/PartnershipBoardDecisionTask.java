package fi.hva.grants.partnership;

import static fi.hva.grants.partnership.PartnershipNegotiationProcessVariables.PARTNERSHIP_ID;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskCompletedBy;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.UserTask;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * "Kirjaa toimielimen päätös sopimuksesta" (form partnership-board-approval) and its "Tallenna toimielimen
 * päätös": approved, possibly with a lower yearly maximum, or rejected.
 */
@Component
class PartnershipBoardDecisionTask extends UserTask<PartnershipBoardDecisionTask.Input> {

    static final String OUTCOME = "boardOutcome";
    static final String REFERENCE = "boardReference";
    static final String DECIDED_ON = "boardDecidedOn";
    static final String APPROVED_YEARLY_MAXIMUM = "approvedYearlyMaximum";

    /** The outcome is null when none was chosen; no maximum keeps the negotiated one. */
    record Input(BoardOutcome outcome, String reference, LocalDate decidedOn, BigDecimal yearlyMaximum) {
    }

    private final PartnershipSummary summary;
    private final PartnershipAgreements agreements;

    PartnershipBoardDecisionTask(PartnershipSummary summary, PartnershipAgreements agreements) {
        super(List.of(OUTCOME, REFERENCE, DECIDED_ON, APPROVED_YEARLY_MAXIMUM));
        this.summary = summary;
        this.agreements = agreements;
    }

    @Override
    protected void show(DelegateTask task) {
        TaskForms.showCaseSummary(task, summary.of(PARTNERSHIP_ID.from(task)));
    }

    @Override
    protected Input parse(Map<String, Object> submitted) {
        return new Input(FormValues.choice(submitted.get(OUTCOME), BoardOutcome.class),
                FormValues.text(submitted.get(REFERENCE)), FormValues.date(submitted.get(DECIDED_ON)),
                FormValues.amount(submitted.get(APPROVED_YEARLY_MAXIMUM)));
    }

    @Override
    protected void save(DelegateExecution execution, Input input) {
        PartnershipNegotiationProcessVariables.BOARD_APPROVED.set(execution, agreements.recordBoardDecision(
                PARTNERSHIP_ID.from(execution), input.outcome(), input.reference(), input.decidedOn(), input.yearlyMaximum(),
                TaskCompletedBy.of(execution)));
    }
}
