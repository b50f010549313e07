package fi.hva.grants.call;

import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tallenna haun tiedot": checks the prepared call; a problem keeps "Valmistele avustushaku" open. */
@Component
public class SaveCallDetailsDelegate implements JavaDelegate {

    private final CallPreparation preparation;

    public SaveCallDetailsDelegate(CallPreparation preparation) {
        this.preparation = preparation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        preparation.describe(execution.getVariable(Variables.CALL_ID), TaskForms.take(execution, CallFormFields.PREPARATION));
    }
}
