package fi.hva.grants.grant;

import fi.hva.grants.register.RegisterChecks;
import fi.hva.grants.register.RegisterUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The application's association checked against PRH's register on submission; the officer reads the result in the case summary. */
@Component
class RegisterReview {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterReview.class);

    private final Applications applications;
    private final RegisterChecks registerChecks;

    RegisterReview(Applications applications, RegisterChecks registerChecks) {
        this.applications = applications;
        this.registerChecks = registerChecks;
    }

    /**
     * @param lastAttempt whether the job has no retry left: then an outage is recorded instead of thrown
     * @throws RegisterUnavailableException when the register does not answer and a retry is left
     */
    void checkOnSubmission(long applicationId, boolean lastAttempt) {
        String businessId = applications.get(applicationId).getAssociation().getBusinessId();
        try {
            registerChecks.check(applicationId, businessId);
        } catch (RegisterUnavailableException e) {
            if (!lastAttempt) {
                throw e;
            }
            LOG.warn("Application {} goes on with its register check to be made by hand: {}", applicationId, e.getMessage());
            registerChecks.recordUnavailable(applicationId, businessId);
        }
    }
}
