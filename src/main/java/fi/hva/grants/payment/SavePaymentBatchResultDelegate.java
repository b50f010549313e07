package fi.hva.grants.payment;

import fi.hva.grants.process.TaskCompletedBy;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tallenna maksuerän tulos": the payments finance reports returned failed, every other one paid. */
@Component
public class SavePaymentBatchResultDelegate implements JavaDelegate {

    private final PaymentBatches batches;

    public SavePaymentBatchResultDelegate(PaymentBatches batches) {
        this.batches = batches;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object batchId = execution.getVariable(Variables.BATCH_ID);
        batches.confirm(batchId, PaymentBatchForm.FAILURES.rows(TaskForms.take(execution, PaymentBatchForm.FAILURES.names())),
                TaskCompletedBy.of(execution));
        execution.setVariable(Variables.BATCH_PAYMENT_IDS, TaskForms.json(batches.paymentIds(batchId)));
    }
}
