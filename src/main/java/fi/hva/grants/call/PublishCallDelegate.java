package fi.hva.grants.call;

import static fi.hva.grants.call.CallProcessVariables.CALL_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Julkaise avustushaku": the call is visible to associations from here on. */
@Component
class PublishCallDelegate implements JavaDelegate {

    private final CallProgress progress;

    PublishCallDelegate(CallProgress progress) {
        this.progress = progress;
    }

    @Override
    public void execute(DelegateExecution execution) {
        progress.publish(CALL_ID.from(execution));
    }
}
