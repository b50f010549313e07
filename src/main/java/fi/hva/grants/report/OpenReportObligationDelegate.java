package fi.hva.grants.report;

import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Avaa käyttöselvitysvelvoite": until the report is accepted the association's next applications show the open obligation. */
@Component
public class OpenReportObligationDelegate implements JavaDelegate {

    private final UseReports useReports;

    public OpenReportObligationDelegate(UseReports useReports) {
        this.useReports = useReports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        useReports.openObligation(execution.getVariable(Variables.APPLICATION_ID));
    }
}
