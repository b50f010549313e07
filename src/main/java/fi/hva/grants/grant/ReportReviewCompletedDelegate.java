package fi.hva.grants.grant;

import static fi.hva.grants.grant.ApplicationProcessVariables.APPLICATION_ID;

import fi.hva.grants.call.CallProgress;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** "Ilmoita arvio haulle": lets the call move to its decision proposal once nothing is left to review. */
@Component
class ReportReviewCompletedDelegate implements JavaDelegate {

    private final Applications applications;
    private final CallProgress callProgress;

    ReportReviewCompletedDelegate(Applications applications, CallProgress callProgress) {
        this.applications = applications;
        this.callProgress = callProgress;
    }

    @Override
    @Transactional
    public void execute(DelegateExecution execution) {
        callProgress.onApplicationReviewed(applications.get(APPLICATION_ID.from(execution)).getCall().getId());
    }
}
