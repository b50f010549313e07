package fi.hva.grants.cooperation;

import static fi.hva.grants.cooperation.CooperationProcessVariables.AGREEMENT_ID;
import static fi.hva.grants.cooperation.CooperationProcessVariables.AGREEMENT_RENEWED;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskCompletedBy;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.UserTask;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * "Päätä sopimuksen jatkosta" (form cooperation-continuation) and its "Tallenna päätös jatkosta": whether the
 * agreement was renewed.
 */
@Component
class ContinuationTask extends UserTask<ContinuationTask.Input> {

    static final String CONTINUATION = "continuation";
    static final String NEW_ENDS_ON = "newEndsOn";
    static final String NOTES = "continuationNotes";

    /** The choice is null when none was made. */
    record Input(Continuation choice, LocalDate newEndsOn, String notes) {
    }

    private final AgreementSummary summary;
    private final CooperationAgreements agreements;

    ContinuationTask(AgreementSummary summary, CooperationAgreements agreements) {
        super(List.of(CONTINUATION, NEW_ENDS_ON, NOTES));
        this.summary = summary;
        this.agreements = agreements;
    }

    @Override
    protected void show(DelegateTask task) {
        TaskForms.showCaseSummary(task, summary.of(AGREEMENT_ID.from(task)));
    }

    @Override
    protected Input parse(Map<String, Object> submitted) {
        String choice = FormValues.text(submitted.get(CONTINUATION));
        return new Input(Arrays.stream(Continuation.values()).filter(c -> c.name().equals(choice)).findFirst().orElse(null),
                FormValues.date(submitted.get(NEW_ENDS_ON)), FormValues.text(submitted.get(NOTES)));
    }

    @Override
    protected void save(DelegateExecution execution, Input input) {
        boolean renewed = agreements.decideContinuation(AGREEMENT_ID.from(execution), input.choice(), input.newEndsOn(),
                input.notes(), TaskCompletedBy.of(execution));
        AGREEMENT_RENEWED.set(execution, renewed);
    }
}
