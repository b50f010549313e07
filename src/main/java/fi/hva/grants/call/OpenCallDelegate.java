package fi.hva.grants.call;

import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Avaa haku hakemuksille": applications are accepted from this moment, by the period's timer. */
@Component
public class OpenCallDelegate implements JavaDelegate {

    private final CallProgress progress;

    public OpenCallDelegate(CallProgress progress) {
        this.progress = progress;
    }

    @Override
    public void execute(DelegateExecution execution) {
        progress.open(execution.getVariable(Variables.CALL_ID));
    }
}
