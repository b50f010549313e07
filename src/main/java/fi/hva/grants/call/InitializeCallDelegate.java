package fi.hva.grants.call;

import static fi.hva.grants.call.CallProcessVariables.CALL_ID;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.common.GrantType;
import fi.hva.grants.process.TaskForms;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Luo hakuluonnos": the call gets its code (business key) and its row before anyone fills it in. */
@Component
public class InitializeCallDelegate implements JavaDelegate {

    /** The fields of the start form (call-start). */
    public static final String GRANT_FORM = "grantForm";
    public static final String GRANT_YEAR = "grantYear";

    private final CallPreparation preparation;

    InitializeCallDelegate(CallPreparation preparation) {
        this.preparation = preparation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> start = TaskForms.take(execution, List.of(GRANT_FORM, GRANT_YEAR));
        GrantCall call = preparation.create(FormValues.choice(start.get(GRANT_FORM), GrantType.class),
                FormValues.integer(start.get(GRANT_YEAR)));
        call.attachProcess(execution.getProcessInstanceId());
        execution.setProcessBusinessKey(call.getCode());
        CALL_ID.set(execution, call.getId());
    }
}
