package fi.hva.grants.call;

import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Sulje haku": later applications are recorded as late and not examined. */
@Component
public class CloseCallDelegate implements JavaDelegate {

    private final CallProgress progress;

    public CloseCallDelegate(CallProgress progress) {
        this.progress = progress;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(Variables.ALL_REVIEWED, progress.close(execution.getVariable(Variables.CALL_ID)));
    }
}
