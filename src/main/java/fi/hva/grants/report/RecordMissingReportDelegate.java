package fi.hva.grants.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Kirjaa käyttöselvitys saamatta": no report after the reminders; the whole grant is proposed for recovery. */
@Component
class RecordMissingReportDelegate implements JavaDelegate {

    private final UseReports useReports;

    RecordMissingReportDelegate(UseReports useReports) {
        this.useReports = useReports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        useReports.recoverForMissingReport(ReportProcessVariables.APPLICATION_ID.from(execution));
    }
}
