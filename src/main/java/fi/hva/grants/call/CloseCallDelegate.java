package fi.hva.grants.call;

import static fi.hva.grants.call.CallProcessVariables.ALL_REVIEWED;
import static fi.hva.grants.call.CallProcessVariables.CALL_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Sulje haku": later applications are recorded as late and not examined. */
@Component
class CloseCallDelegate implements JavaDelegate {

    private final CallProgress progress;

    CloseCallDelegate(CallProgress progress) {
        this.progress = progress;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ALL_REVIEWED.set(execution, progress.close(CALL_ID.from(execution)));
    }
}
