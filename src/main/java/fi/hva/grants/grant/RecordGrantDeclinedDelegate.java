package fi.hva.grants.grant;

import fi.hva.grants.common.Now;
import fi.hva.grants.payment.Payments;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** "Kirjaa avustuksesta luopuminen": the unpaid instalments are cancelled and their money returns to the call. */
@Component
class RecordGrantDeclinedDelegate implements JavaDelegate {

    private final Payments payments;
    private final Applications applications;

    RecordGrantDeclinedDelegate(Payments payments, Applications applications) {
        this.payments = payments;
        this.applications = applications;
    }

    @Override
    @Transactional
    public void execute(DelegateExecution execution) {
        GrantApplication application = applications.get(ApplicationProcessVariables.APPLICATION_ID.from(execution));
        payments.cancelUnpaid(application.getApplicationNumber());
        application.declineGrant(Now.instant());
    }
}
