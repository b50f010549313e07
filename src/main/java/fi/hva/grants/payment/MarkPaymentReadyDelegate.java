package fi.hva.grants.payment;

import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Siirrä erä maksuun": the instalment is due and goes into the next payment batch. */
@Component
public class MarkPaymentReadyDelegate implements JavaDelegate {

    private final Payments payments;

    public MarkPaymentReadyDelegate(Payments payments) {
        this.payments = payments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        payments.markReady(execution.getVariable(Variables.PAYMENT_ID));
    }
}
