package fi.hva.grants.report;

import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Kirjaa käyttöselvitys saamatta": no report after the reminders; the whole grant is proposed for recovery. */
@Component
public class RecordMissingReportDelegate implements JavaDelegate {

    private final UseReports useReports;

    public RecordMissingReportDelegate(UseReports useReports) {
        this.useReports = useReports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        useReports.recoverForMissingReport(execution.getVariable(Variables.APPLICATION_ID));
    }
}
