package fi.hva.grants.payment;

import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows why the payment failed in "Korjaa maksun tiedot". */
@Component
public class PaymentCorrectionForm implements TaskListener {

    static final String CORRECTED_IBAN = "correctedIban";

    private final PaymentSummary summary;

    public PaymentCorrectionForm(PaymentSummary summary) {
        this.summary = summary;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskForms.show(task, Map.of(Variables.CASE_SUMMARY, summary.ofFailedPayment(task.getVariable(Variables.PAYMENT_ID))));
    }
}
