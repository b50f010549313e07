package fi.hva.grants.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Lähetä kuulemiskirje": the association is heard before the recovery is decided (hallintolaki 34 §). */
@Component
class SendHearingDelegate implements JavaDelegate {

    private final Recoveries recoveries;

    SendHearingDelegate(Recoveries recoveries) {
        this.recoveries = recoveries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        recoveries.sendHearing(ReportProcessVariables.APPLICATION_ID.from(execution));
    }
}
