package fi.hva.grants.payment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Muodosta maksuaineisto": the SEPA credit transfer file and the CSV for finance. */
@Component
class ExportPaymentBatchDelegate implements JavaDelegate {

    private final PaymentBatches batches;

    ExportPaymentBatchDelegate(PaymentBatches batches) {
        this.batches = batches;
    }

    @Override
    public void execute(DelegateExecution execution) {
        batches.export(PaymentBatchProcessVariables.BATCH_ID.from(execution));
    }
}
