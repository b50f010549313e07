package fi.hva.grants.payment;

import fi.hva.grants.process.IndexedFields;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows the batch and its files in "Vahvista maksuerä". */
@Component
public class PaymentBatchForm implements TaskListener {

    /** Up to ten payments the bank returned, by their reference, each with the reason. */
    static final IndexedFields FAILURES = new IndexedFields("failure", List.of("Payment", "Reason"), 10);

    private final PaymentSummary summary;

    public PaymentBatchForm(PaymentSummary summary) {
        this.summary = summary;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskForms.show(task, Map.of(Variables.CASE_SUMMARY, summary.ofBatch(task.getVariable(Variables.BATCH_ID))));
    }
}
