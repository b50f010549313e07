package fi.hva.grants.call;

import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Julkaise avustushaku": the call is visible to associations from here on. */
@Component
public class PublishCallDelegate implements JavaDelegate {

    private final CallProgress progress;

    public PublishCallDelegate(CallProgress progress) {
        this.progress = progress;
    }

    @Override
    public void execute(DelegateExecution execution) {
        progress.publish(execution.getVariable(Variables.CALL_ID));
    }
}
