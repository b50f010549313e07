package fi.hva.grants.grant;

import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Välitä päätös hakemukselle": one application per job, so a call of hundreds of applications is
 * never one giant transaction and a failure stops only that application, as an incident.
 */
@Component
public class DispatchDecisionDelegate implements JavaDelegate {

    private final DecisionDispatch dispatch;

    public DispatchDecisionDelegate(DecisionDispatch dispatch) {
        this.dispatch = dispatch;
    }

    @Override
    public void execute(DelegateExecution execution) {
        dispatch.dispatch(execution.getVariable(Variables.APPLICATION_ID));
    }
}
