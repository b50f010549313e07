package fi.hva.grants.payment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Kokoa maksuerä": the batch id when anything is due; no variable when nothing is. */
@Component
class CollectPaymentBatchDelegate implements JavaDelegate {

    private final PaymentBatches batches;

    CollectPaymentBatchDelegate(PaymentBatches batches) {
        this.batches = batches;
    }

    @Override
    public void execute(DelegateExecution execution) {
        batches.collect().ifPresent(batchId -> PaymentBatchProcessVariables.BATCH_ID.set(execution, batchId));
    }
}
