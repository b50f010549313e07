package fi.hva.grants.report;

import static fi.hva.grants.report.ReportProcessVariables.APPLICATION_ID;
import static fi.hva.grants.report.ReportProcessVariables.REPORT_CHECK;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskCompletedBy;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.UserTask;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * "Tarkista käyttöselvitys" (form report-check) and its "Tallenna käyttöselvityksen tarkistus": accepted, more
 * information asked, or recovery begun.
 */
@Component
class ReportCheckTask extends UserTask<ReportCheckTask.Input> {

    static final String OUTCOME = "reportCheckOutcome";
    static final String NOTES = "reportCheckNotes";
    static final String RECOVERY_GROUNDS = "recoveryGrounds";
    static final String PROPOSED_RECOVERY = "proposedRecovery";

    /** The outcome is null unless it is one the officer can choose; so are the grounds. */
    record Input(UseReport.Status outcome, String notes, BigDecimal proposedRecovery, Recovery.Grounds grounds) {
    }

    private final ReportSummary summary;
    private final UseReports useReports;

    ReportCheckTask(ReportSummary summary, UseReports useReports) {
        super(List.of(OUTCOME, NOTES, RECOVERY_GROUNDS, PROPOSED_RECOVERY));
        this.summary = summary;
        this.useReports = useReports;
    }

    @Override
    protected void show(DelegateTask task) {
        TaskForms.showCaseSummary(task, summary.of(APPLICATION_ID.from(task)));
    }

    @Override
    protected Input parse(Map<String, Object> submitted) {
        String outcome = FormValues.text(submitted.get(OUTCOME));
        String grounds = FormValues.text(submitted.get(RECOVERY_GROUNDS));
        return new Input(
                Stream.of(UseReport.Status.ACCEPTED, UseReport.Status.NEEDS_INFO, UseReport.Status.RECOVERY)
                        .filter(s -> s.name().equals(outcome)).findFirst().orElse(null),
                FormValues.text(submitted.get(NOTES)), FormValues.amount(submitted.get(PROPOSED_RECOVERY)),
                Stream.of(Recovery.Grounds.UNUSED, Recovery.Grounds.MISUSED).filter(g -> g.name().equals(grounds)).findFirst().orElse(null));
    }

    @Override
    protected void save(DelegateExecution execution, Input input) {
        UseReport.Status outcome = useReports.check(APPLICATION_ID.from(execution), input.outcome(), input.notes(),
                input.proposedRecovery(), input.grounds(), TaskCompletedBy.of(execution));
        REPORT_CHECK.set(execution, outcome);
    }
}
