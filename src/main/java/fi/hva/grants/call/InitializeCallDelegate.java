package fi.hva.grants.call;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Luo hakuluonnos": the call gets its code (business key) and its row before anyone fills it in. */
@Component
public class InitializeCallDelegate implements JavaDelegate {

    private final CallPreparation preparation;

    public InitializeCallDelegate(CallPreparation preparation) {
        this.preparation = preparation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        GrantCall call = preparation.create(
                FormValues.text(execution.getVariable(CallFormFields.GRANT_FORM)),
                FormValues.integer(execution.getVariable(CallFormFields.GRANT_YEAR)));
        call.attachProcess(execution.getProcessInstanceId());
        execution.setProcessBusinessKey(call.getCode());
        execution.removeVariables(java.util.List.of(CallFormFields.GRANT_FORM, CallFormFields.GRANT_YEAR));
        execution.setVariable(Variables.CALL_ID, call.getId());
    }
}
