package fi.hva.grants.payment;

import static fi.hva.grants.payment.PaymentBatchProcessVariables.BATCH_ID;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.IndexedFields;
import fi.hva.grants.process.TaskCompletedBy;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.UserTask;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * "Vahvista maksuerä" (form payment-batch) and its "Tallenna maksuerän tulos": the payments the bank returned,
 * every other one paid.
 */
@Component
class PaymentBatchTask extends UserTask<PaymentBatchTask.Input> {

    /** Up to ten payments the bank returned, by their reference, each with the reason. */
    static final IndexedFields FAILURES = new IndexedFields("failure", List.of("Payment", "Reason"), 10);

    /** The failures finance filled in; the rows left empty are not there. */
    record Input(List<PaymentFailure> failures) {
    }

    private final PaymentSummary summary;
    private final PaymentBatches batches;

    PaymentBatchTask(PaymentSummary summary, PaymentBatches batches) {
        super(FAILURES.names());
        this.summary = summary;
        this.batches = batches;
    }

    @Override
    protected void show(DelegateTask task) {
        TaskForms.showCaseSummary(task, summary.ofBatch(BATCH_ID.from(task)));
    }

    @Override
    protected Input parse(Map<String, Object> submitted) {
        return new Input(FAILURES.rows(submitted).stream()
                .map(row -> new PaymentFailure(FormValues.text(row.get("payment")), FormValues.text(row.get("reason")))).toList());
    }

    @Override
    protected void save(DelegateExecution execution, Input input) {
        long batchId = BATCH_ID.from(execution);
        batches.confirm(batchId, input.failures(), TaskCompletedBy.of(execution));
        PaymentBatchProcessVariables.setBatchPaymentIds(execution, batches.paymentIds(batchId));
    }
}
