package fi.hva.grants.payment;

import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Muodosta maksuerät": the instalments of the granted amount, by the terms of the call. */
@Component
public class SchedulePaymentsDelegate implements JavaDelegate {

    private final Payments payments;

    public SchedulePaymentsDelegate(Payments payments) {
        this.payments = payments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        payments.schedule(execution.getVariable(Variables.APPLICATION_ID));
    }
}
