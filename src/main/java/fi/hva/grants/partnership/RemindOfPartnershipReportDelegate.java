package fi.hva.grants.partnership;

import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Muistuta raportista": the report named by the task's input parameter expectedReport. */
@Component
public class RemindOfPartnershipReportDelegate implements JavaDelegate {

    private final PartnershipReports reports;

    public RemindOfPartnershipReportDelegate(PartnershipReports reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reports.remind(execution.getVariable(Variables.PARTNERSHIP_ID), (String) execution.getVariable(Variables.EXPECTED_REPORT));
    }
}
