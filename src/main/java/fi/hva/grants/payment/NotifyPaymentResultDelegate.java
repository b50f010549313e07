package fi.hva.grants.payment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Ilmoita maksun tulos hakemukselle": one payment per job, so a large batch is many small transactions. */
@Component
class NotifyPaymentResultDelegate implements JavaDelegate {

    private final PaymentBatches batches;

    NotifyPaymentResultDelegate(PaymentBatches batches) {
        this.batches = batches;
    }

    @Override
    public void execute(DelegateExecution execution) {
        batches.notifyPayout(PaymentBatchProcessVariables.PAYMENT_ID.from(execution));
    }
}
