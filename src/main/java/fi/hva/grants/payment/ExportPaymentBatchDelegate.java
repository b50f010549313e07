package fi.hva.grants.payment;

import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Muodosta maksuaineisto": the SEPA credit transfer file and the CSV for finance. */
@Component
public class ExportPaymentBatchDelegate implements JavaDelegate {

    private final PaymentBatches batches;

    public ExportPaymentBatchDelegate(PaymentBatches batches) {
        this.batches = batches;
    }

    @Override
    public void execute(DelegateExecution execution) {
        batches.export(execution.getVariable(Variables.BATCH_ID));
    }
}
