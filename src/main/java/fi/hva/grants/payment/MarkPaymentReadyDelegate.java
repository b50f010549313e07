package fi.hva.grants.payment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Siirrä erä maksuun": the instalment is due and goes into the next payment batch. */
@Component
class MarkPaymentReadyDelegate implements JavaDelegate {

    private final Payments payments;

    MarkPaymentReadyDelegate(Payments payments) {
        this.payments = payments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        payments.markReady(PayoutProcessVariables.PAYMENT_ID.from(execution));
    }
}
