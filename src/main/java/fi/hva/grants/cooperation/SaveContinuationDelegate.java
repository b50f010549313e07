package fi.hva.grants.cooperation;

import static fi.hva.grants.cooperation.AgreementForms.CONTINUATION;
import static fi.hva.grants.cooperation.AgreementForms.CONTINUATION_NOTES;
import static fi.hva.grants.cooperation.AgreementForms.NEW_ENDS_ON;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskCompletedBy;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tallenna päätös jatkosta": sets whether the agreement was renewed. */
@Component
public class SaveContinuationDelegate implements JavaDelegate {

    private final CooperationAgreements agreements;

    public SaveContinuationDelegate(CooperationAgreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> form = TaskForms.take(execution, AgreementForms.CONTINUATION_FIELDS);
        boolean renewed = agreements.decideContinuation(execution.getVariable(Variables.AGREEMENT_ID),
                FormValues.text(form.get(CONTINUATION)), FormValues.date(form.get(NEW_ENDS_ON)),
                FormValues.text(form.get(CONTINUATION_NOTES)), TaskCompletedBy.of(execution));
        execution.setVariable(Variables.AGREEMENT_RENEWED, renewed);
    }
}
