package fi.hva.grants.grant;

import static fi.hva.grants.grant.ApplicationProcessVariables.APPLICATION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Ilmoita arvio haulle": lets the call move to its decision proposal once nothing is left to review. */
@Component
class ReportReviewCompletedDelegate implements JavaDelegate {

    private final ApplicationReview review;

    ReportReviewCompletedDelegate(ApplicationReview review) {
        this.review = review;
    }

    @Override
    public void execute(DelegateExecution execution) {
        review.completed(APPLICATION_ID.from(execution));
    }
}
