package fi.hva.grants.payment;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tallenna korjatut maksutiedot": the corrected account; the payment goes into the next batch. */
@Component
public class SaveCorrectedPaymentDelegate implements JavaDelegate {

    private final Payments payments;

    public SaveCorrectedPaymentDelegate(Payments payments) {
        this.payments = payments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object iban = TaskForms.take(execution, List.of(PaymentCorrectionForm.CORRECTED_IBAN)).get(PaymentCorrectionForm.CORRECTED_IBAN);
        payments.correct(execution.getVariable(Variables.PAYMENT_ID), FormValues.text(iban));
    }
}
