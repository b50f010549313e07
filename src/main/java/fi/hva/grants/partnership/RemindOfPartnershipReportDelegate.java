package fi.hva.grants.partnership;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Muistuta raportista": the report named by the task's input parameter expectedReport. */
@Component
class RemindOfPartnershipReportDelegate implements JavaDelegate {

    private final PartnershipReports reports;

    RemindOfPartnershipReportDelegate(PartnershipReports reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reports.remind(PartnershipAgreementProcessVariables.PARTNERSHIP_ID.from(execution),
                PartnershipAgreementProcessVariables.EXPECTED_REPORT.from(execution));
    }
}
