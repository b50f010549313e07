package fi.hva.grants.partnership;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskCompletedBy;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tallenna vuosiraportin tarkastus". */
@Component
public class SaveAnnualReportCheckDelegate implements JavaDelegate {

    private final PartnershipReports reports;

    public SaveAnnualReportCheckDelegate(PartnershipReports reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> form = TaskForms.take(execution, PartnershipFields.REPORT_CHECK);
        reports.checkAnnual(execution.getVariable(Variables.PARTNERSHIP_YEAR_ID), FormValues.text(form.get(PartnershipFields.REPORT_OUTCOME)),
                FormValues.text(form.get(PartnershipFields.REPORT_NOTES)), TaskCompletedBy.of(execution));
    }
}
