package fi.hva.grants.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Muistuta käyttöselvityksestä": before the deadline a reminder, after it a notice of the overdue report. */
@Component
class SendReportReminderDelegate implements JavaDelegate {

    private final UseReports useReports;

    SendReportReminderDelegate(UseReports useReports) {
        this.useReports = useReports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        useReports.remind(ReportProcessVariables.APPLICATION_ID.from(execution));
    }
}
