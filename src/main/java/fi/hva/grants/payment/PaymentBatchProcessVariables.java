package fi.hva.grants.payment;

import fi.hva.grants.process.ProcessVariable;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of the payment batch process (payment-batch.bpmn) with their types. */
final class PaymentBatchProcessVariables {

    /** Absent when nothing was due; the gateway after "Kokoa maksuerä" asks whether it is set. */
    static final ProcessVariable<Long> BATCH_ID = ProcessVariable.id(Variables.BATCH_ID);
    /** The payment the notifying multi-instance iteration tells its payout about. */
    static final ProcessVariable<Long> PAYMENT_ID = ProcessVariable.id(Variables.PAYMENT_ID);

    private PaymentBatchProcessVariables() {
    }

    /**
     * The batch's payments for the notifying multi-instance, stored as a JSON list: the engine reads the
     * collection again for every iteration, so it must be a value, not a query.
     */
    static void setBatchPaymentIds(VariableScope scope, List<Long> paymentIds) {
        scope.setVariable(Variables.BATCH_PAYMENT_IDS, TaskForms.json(paymentIds));
    }
}
