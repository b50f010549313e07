package fi.hva.grants.lahella;

import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Tarkista yhdistyksen listaus". Runs as its own job: when the listing service is down the job
 * fails, retries on its cycle and ends as an incident in Cockpit instead of losing the application.
 */
@Component
public class CheckListingDelegate implements JavaDelegate {

    private final ListingReview listingReview;

    public CheckListingDelegate(ListingReview listingReview) {
        this.listingReview = listingReview;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ListingStatus status = listingReview.checkAutomatically(execution.getVariable(Variables.APPLICATION_ID));
        execution.setVariable(Variables.LISTING_STATUS, status.name());
    }
}
