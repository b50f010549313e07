package fi.hva.grants.premises;

import static fi.hva.grants.premises.PremisesProcessVariables.PREMISES_GRANTED;
import static fi.hva.grants.premises.PremisesProcessVariables.PREMISES_USE_ID;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskCompletedBy;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.UserTask;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** "Päätä tilojen käytöstä" and "Tallenna tilapäätös": the supervisor responsible for the premises decides. */
@Component
class PremisesDecisionTask extends UserTask<PremisesDecisionTask.Input> {

    static final String DECISION = "premisesDecision";
    static final String REASONING = "premisesReasoning";
    static final String COST = "premisesCost";

    /** The decision as submitted; {@code granted} is null when none was chosen. */
    record Input(Boolean granted, String reasoning, BigDecimal cost) {
    }

    private final PremisesUses premisesUses;

    PremisesDecisionTask(PremisesUses premisesUses) {
        super(List.of(DECISION, REASONING, COST));
        this.premisesUses = premisesUses;
    }

    @Override
    protected void show(DelegateTask task) {
        TaskForms.showCaseSummary(task, premisesUses.summary(PREMISES_USE_ID.from(task)));
    }

    @Override
    protected Input parse(Map<String, Object> submitted) {
        String decision = FormValues.text(submitted.get(DECISION));
        Boolean granted = "GRANTED".equals(decision) ? Boolean.TRUE : "REFUSED".equals(decision) ? Boolean.FALSE : null;
        return new Input(granted, FormValues.text(submitted.get(REASONING)), FormValues.amount(submitted.get(COST)));
    }

    @Override
    protected void save(DelegateExecution execution, Input input) {
        PREMISES_GRANTED.set(execution, premisesUses.decide(PREMISES_USE_ID.from(execution), input.granted(), input.reasoning(),
                input.cost(), TaskCompletedBy.of(execution)));
    }
}
