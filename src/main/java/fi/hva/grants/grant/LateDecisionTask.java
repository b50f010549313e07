package fi.hva.grants.grant;

import static fi.hva.grants.grant.ApplicationProcessVariables.APPLICATION_ID;
import static fi.hva.grants.grant.ApplicationProcessVariables.DECISION_OUTCOME;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.UserTask;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * "Kirjaa päätös myöhästyneestä hakemuksesta" and its "Tallenna päätös myöhästyneestä hakemuksesta":
 * the decision body's own decision not to examine an application that arrived after the call's decision.
 */
@Component
class LateDecisionTask extends UserTask<LateDecisionTask.Input> {

    static final String REFERENCE = "lateDecisionReference";
    static final String DECIDED_ON = "lateDecidedOn";

    /** The minutes' reference and day as submitted. */
    record Input(String reference, LocalDate decidedOn) {
    }

    private final LateDecisions lateDecisions;
    private final CaseSummary caseSummary;

    LateDecisionTask(LateDecisions lateDecisions, CaseSummary caseSummary) {
        super(List.of(REFERENCE, DECIDED_ON));
        this.lateDecisions = lateDecisions;
        this.caseSummary = caseSummary;
    }

    @Override
    protected void show(DelegateTask task) {
        TaskForms.showCaseSummary(task, caseSummary.of(APPLICATION_ID.from(task)));
    }

    @Override
    protected Input parse(Map<String, Object> submitted) {
        return new Input(FormValues.text(submitted.get(REFERENCE)), FormValues.date(submitted.get(DECIDED_ON)));
    }

    @Override
    protected void save(DelegateExecution execution, Input input) {
        DECISION_OUTCOME.set(execution, lateDecisions.record(APPLICATION_ID.from(execution), input.reference(), input.decidedOn()));
    }
}
