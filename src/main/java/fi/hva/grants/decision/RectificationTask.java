package fi.hva.grants.decision;

import static fi.hva.grants.decision.DecisionProcessVariables.APPLICATION_ID;
import static fi.hva.grants.decision.DecisionProcessVariables.DECISION_OUTCOME;

import fi.hva.grants.common.FormValues;
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
 * "Kirjaa oikaisuvaatimuksen päätös" and its "Tallenna oikaisuvaatimuksen päätös": the secretary reads
 * the application and the request and records the decision body's decision; an amended decision also
 * changes the outcome the application goes on with.
 */
@Component
class RectificationTask extends UserTask<RectificationTask.Input> {

    static final String OUTCOME = "rectificationOutcome";
    static final String AMOUNT = "rectificationAmount";
    static final String REASONING = "rectificationReasoning";
    static final String REFERENCE = "rectificationReference";
    static final String DECIDED_ON = "rectificationDecidedOn";

    /** The decision as submitted; the outcome is null when none was chosen. */
    record Input(RectificationOutcome outcome, BigDecimal amount, String reasoning, String reference, LocalDate decidedOn) {
    }

    private final RectificationRequests rectifications;
    private final DecisionSummary summary;

    RectificationTask(RectificationRequests rectifications, DecisionSummary summary) {
        super(List.of(OUTCOME, AMOUNT, REASONING, REFERENCE, DECIDED_ON));
        this.rectifications = rectifications;
        this.summary = summary;
    }

    @Override
    protected void show(DelegateTask task) {
        TaskForms.showCaseSummary(task, summary.of(APPLICATION_ID.from(task)));
    }

    @Override
    protected Input parse(Map<String, Object> submitted) {
        return new Input(FormValues.choice(submitted.get(OUTCOME), RectificationOutcome.class),
                FormValues.amount(submitted.get(AMOUNT)),
                FormValues.text(submitted.get(REASONING)),
                FormValues.text(submitted.get(REFERENCE)),
                FormValues.date(submitted.get(DECIDED_ON)));
    }

    @Override
    protected void save(DelegateExecution execution, Input input) {
        DECISION_OUTCOME.set(execution, rectifications.decide(APPLICATION_ID.from(execution), input.outcome(), input.amount(),
                input.reasoning(), input.reference(), input.decidedOn()));
    }
}
