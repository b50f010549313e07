package fi.hva.grants.payment;

import fi.hva.grants.common.Now;
import fi.hva.grants.grant.Applications;
import fi.hva.grants.grant.GrantApplication;
import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** "Kirjaa avustuksesta luopuminen": the unpaid instalments are cancelled and their money returns to the call. */
@Component
public class RecordGrantDeclinedDelegate implements JavaDelegate {

    private final Payments payments;
    private final Applications applications;

    public RecordGrantDeclinedDelegate(Payments payments, Applications applications) {
        this.payments = payments;
        this.applications = applications;
    }

    @Override
    @Transactional
    public void execute(DelegateExecution execution) {
        Object applicationId = execution.getVariable(Variables.APPLICATION_ID);
        GrantApplication application = applications.get(((Number) applicationId).longValue());
        payments.cancelUnpaid(application.getApplicationNumber());
        application.declineGrant(Now.instant());
    }
}
