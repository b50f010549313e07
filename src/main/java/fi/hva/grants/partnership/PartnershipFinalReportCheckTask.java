package fi.hva.grants.partnership;

import static fi.hva.grants.partnership.PartnershipAgreementProcessVariables.PARTNERSHIP_ID;

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
 * "Tarkasta loppuraportti" (form partnership-report-check), before and after an early end, and its "Tallenna
 * loppuraportin tarkastus": the agreement has run its course.
 */
@Component
class PartnershipFinalReportCheckTask extends UserTask<PartnershipFinalReportCheckTask.Input> {

    static final String OUTCOME = PartnershipAnnualReportCheckTask.OUTCOME;
    static final String NOTES = PartnershipAnnualReportCheckTask.NOTES;

    /** The outcome is null when none was chosen. */
    record Input(ReportCheckOutcome outcome, String notes) {
    }

    private final PartnershipSummary summary;
    private final PartnershipReports reports;

    PartnershipFinalReportCheckTask(PartnershipSummary summary, PartnershipReports reports) {
        super(List.of(OUTCOME, NOTES));
        this.summary = summary;
        this.reports = reports;
    }

    @Override
    protected void show(DelegateTask task) {
        TaskForms.showCaseSummary(task, summary.of(PARTNERSHIP_ID.from(task)));
    }

    @Override
    protected Input parse(Map<String, Object> submitted) {
        return new Input(FormValues.choice(submitted.get(OUTCOME), ReportCheckOutcome.class),
                FormValues.text(submitted.get(NOTES)));
    }

    @Override
    protected void save(DelegateExecution execution, Input input) {
        reports.checkFinal(PARTNERSHIP_ID.from(execution), input.outcome(), input.notes(), TaskCompletedBy.of(execution));
    }
}
