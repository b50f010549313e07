package fi.hva.grants.grant;

import fi.hva.grants.common.Now;
import fi.hva.grants.payment.Payments;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An association gives up a grant it was awarded: what was not paid yet is not paid, and the money returns to the call. */
@Service
class GrantDeclines {

    private final Applications applications;
    private final Payments payments;

    GrantDeclines(Applications applications, Payments payments) {
        this.applications = applications;
        this.payments = payments;
    }

    @Transactional
    void record(long applicationId) {
        GrantApplication application = applications.get(applicationId);
        payments.cancelUnpaid(application.getApplicationNumber());
        application.declineGrant(Now.instant());
    }
}
