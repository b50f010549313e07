package fi.hva.grants.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Avaa käyttöselvitysvelvoite": until the report is accepted the association's next applications show the open obligation. */
@Component
class OpenReportObligationDelegate implements JavaDelegate {

    private final UseReports useReports;

    OpenReportObligationDelegate(UseReports useReports) {
        this.useReports = useReports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        useReports.openObligation(ReportProcessVariables.APPLICATION_ID.from(execution));
    }
}
