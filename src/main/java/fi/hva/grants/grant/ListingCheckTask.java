package fi.hva.grants.grant;

import static fi.hva.grants.grant.ApplicationProcessVariables.APPLICATION_ID;
import static fi.hva.grants.grant.ApplicationProcessVariables.LISTING_STATUS;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.lahella.ListingStatus;
import fi.hva.grants.process.TaskCompletedBy;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.UserTask;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * "Tarkista listaus käsin" and its "Tallenna listauksen tarkistus": the officer's own look when the
 * automatic check could not decide, with the listing's address as evidence.
 */
@Component
class ListingCheckTask extends UserTask<ListingCheckTask.Input> {

    static final String RESULT = "listingResult";
    static final String URL = "listingUrl";

    /** The check as submitted; the result is null when none was chosen. */
    record Input(ListingStatus result, String url) {
    }

    private final ListingReview listingReview;
    private final CaseSummary caseSummary;

    ListingCheckTask(ListingReview listingReview, CaseSummary caseSummary) {
        super(List.of(RESULT, URL));
        this.listingReview = listingReview;
        this.caseSummary = caseSummary;
    }

    @Override
    protected void show(DelegateTask task) {
        TaskForms.showCaseSummary(task, caseSummary.of(APPLICATION_ID.from(task)));
    }

    @Override
    protected Input parse(Map<String, Object> submitted) {
        return new Input(FormValues.choice(submitted.get(RESULT), ListingStatus.class), FormValues.text(submitted.get(URL)));
    }

    @Override
    protected void save(DelegateExecution execution, Input input) {
        listingReview.recordManualCheck(APPLICATION_ID.from(execution), input.result(), input.url(), TaskCompletedBy.of(execution));
        LISTING_STATUS.set(execution, input.result());
    }
}
