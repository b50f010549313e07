package fi.hva.grants.partnership;

import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Päätä sopimus ja peru maksamattomat erät". */
@Component
public class CancelRemainingInstalmentsDelegate implements JavaDelegate {

    private final AgreementYears years;

    public CancelRemainingInstalmentsDelegate(AgreementYears years) {
        this.years = years;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(Variables.FINAL_REPORT_DUE, years.cancelRemaining(execution.getVariable(Variables.PARTNERSHIP_ID)));
    }
}
