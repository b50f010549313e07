package fi.hva.grants.grant;

import static fi.hva.grants.grant.ApplicationProcessVariables.APPLICATION_ID;
import static fi.hva.grants.grant.ApplicationProcessVariables.LISTING_STATUS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Tarkista yhdistyksen listaus". Runs as its own job: when the listing service is down the job
 * fails, retries on its cycle and ends as an incident in Cockpit instead of losing the application.
 */
@Component
class CheckListingDelegate implements JavaDelegate {

    private final ListingReview listingReview;

    CheckListingDelegate(ListingReview listingReview) {
        this.listingReview = listingReview;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LISTING_STATUS.set(execution, listingReview.checkAutomatically(APPLICATION_ID.from(execution)));
    }
}
