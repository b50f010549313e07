package fi.hva.grants.payment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Muodosta maksuerät": the instalments of the case the payout was started for. */
@Component
class SchedulePaymentsDelegate implements JavaDelegate {

    private final Payments payments;

    SchedulePaymentsDelegate(Payments payments) {
        this.payments = payments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        payments.schedule(PayoutProcessVariables.payoutCase(execution));
    }
}
