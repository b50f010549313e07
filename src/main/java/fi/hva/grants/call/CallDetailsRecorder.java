package fi.hva.grants.call;

import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Checks and stores the prepared call; a problem refuses the completion and keeps the form open. */
@Component
public class CallDetailsRecorder implements TaskListener {

    private final CallPreparation preparation;

    public CallDetailsRecorder(CallPreparation preparation) {
        this.preparation = preparation;
    }

    @Override
    public void notify(DelegateTask task) {
        preparation.describe(task.getVariable(Variables.CALL_ID), task.getVariablesLocal());
    }
}
