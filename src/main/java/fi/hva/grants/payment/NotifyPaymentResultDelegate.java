package fi.hva.grants.payment;

import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Ilmoita maksun tulos hakemukselle": one payment per job, so a large batch is many small transactions. */
@Component
public class NotifyPaymentResultDelegate implements JavaDelegate {

    private final PaymentBatches batches;

    public NotifyPaymentResultDelegate(PaymentBatches batches) {
        this.batches = batches;
    }

    @Override
    public void execute(DelegateExecution execution) {
        batches.notifyPayout(execution.getVariable(Variables.PAYMENT_ID));
    }
}
