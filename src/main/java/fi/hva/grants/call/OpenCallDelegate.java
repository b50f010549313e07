package fi.hva.grants.call;

import static fi.hva.grants.call.CallProcessVariables.CALL_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Avaa haku hakemuksille": applications are accepted from this moment, by the period's timer. */
@Component
class OpenCallDelegate implements JavaDelegate {

    private final CallProgress progress;

    OpenCallDelegate(CallProgress progress) {
        this.progress = progress;
    }

    @Override
    public void execute(DelegateExecution execution) {
        progress.open(CALL_ID.from(execution));
    }
}
