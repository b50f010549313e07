package fi.hva.grants.grant;

import static fi.hva.grants.call.CallProcessVariables.DISPATCHED_APPLICATION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Välitä päätös hakemukselle": one application per job, so a call of hundreds of applications is
 * never one giant transaction and a failure stops only that application, as an incident.
 */
@Component
class DispatchDecisionDelegate implements JavaDelegate {

    private final DecisionDispatch dispatch;

    DispatchDecisionDelegate(DecisionDispatch dispatch) {
        this.dispatch = dispatch;
    }

    @Override
    public void execute(DelegateExecution execution) {
        dispatch.dispatch(DISPATCHED_APPLICATION_ID.from(execution));
    }
}
