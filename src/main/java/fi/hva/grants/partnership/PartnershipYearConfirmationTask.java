package fi.hva.grants.partnership;

import static fi.hva.grants.partnership.PartnershipAgreementProcessVariables.PARTNERSHIP_ID;
import static fi.hva.grants.partnership.PartnershipAgreementProcessVariables.PARTNERSHIP_YEAR_ID;

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

/**
 * "Vahvista vuoden avustus" (form partnership-year-confirmation) and its "Tallenna vuoden vahvistus": the year's
 * grant confirmed, or not and the agreement lapses.
 */
@Component
class PartnershipYearConfirmationTask extends UserTask<PartnershipYearConfirmationTask.Input> {

    static final String OUTCOME = "yearOutcome";
    static final String CONFIRMED_AMOUNT = "confirmedAmount";
    static final String NOTES = "confirmationNotes";

    /** The outcome is null when none was chosen. */
    record Input(YearOutcome outcome, BigDecimal confirmedAmount, String notes) {
    }

    private final PartnershipSummary summary;
    private final AgreementYears years;

    PartnershipYearConfirmationTask(PartnershipSummary summary, AgreementYears years) {
        super(List.of(OUTCOME, CONFIRMED_AMOUNT, NOTES));
        this.summary = summary;
        this.years = years;
    }

    @Override
    protected void show(DelegateTask task) {
        TaskForms.showCaseSummary(task, summary.ofYear(PARTNERSHIP_ID.from(task), PARTNERSHIP_YEAR_ID.from(task)));
    }

    @Override
    protected Input parse(Map<String, Object> submitted) {
        return new Input(FormValues.choice(submitted.get(OUTCOME), YearOutcome.class),
                FormValues.amount(submitted.get(CONFIRMED_AMOUNT)), FormValues.text(submitted.get(NOTES)));
    }

    @Override
    protected void save(DelegateExecution execution, Input input) {
        PartnershipAgreementProcessVariables.setYearConfirmed(execution, years.confirm(PARTNERSHIP_YEAR_ID.from(execution),
                input.outcome(), input.confirmedAmount(), input.notes(), TaskCompletedBy.of(execution)));
    }
}
