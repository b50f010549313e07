package fi.hva.grants.report;

import static fi.hva.grants.report.ReportForms.CHECK_NOTES;
import static fi.hva.grants.report.ReportForms.CHECK_OUTCOME;
import static fi.hva.grants.report.ReportForms.PROPOSED_RECOVERY;
import static fi.hva.grants.report.ReportForms.RECOVERY_GROUNDS;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskCompletedBy;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tallenna käyttöselvityksen tarkistus": accepted, more information asked, or recovery begun. */
@Component
public class SaveReportCheckDelegate implements JavaDelegate {

    private final UseReports useReports;

    public SaveReportCheckDelegate(UseReports useReports) {
        this.useReports = useReports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> form = TaskForms.take(execution, ReportForms.CHECK_FIELDS);
        UseReport.Status outcome = useReports.check(execution.getVariable(Variables.APPLICATION_ID),
                FormValues.text(form.get(CHECK_OUTCOME)), FormValues.text(form.get(CHECK_NOTES)),
                FormValues.amount(form.get(PROPOSED_RECOVERY)), FormValues.text(form.get(RECOVERY_GROUNDS)),
                TaskCompletedBy.of(execution));
        execution.setVariable(Variables.REPORT_CHECK, outcome.name());
    }
}
