package fi.hva.grants.grant;

import static fi.hva.grants.grant.ApplicationProcessVariables.APPLICATION_ID;
import static fi.hva.grants.grant.ApplicationProcessVariables.LISTING_STATUS;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.common.Markdown;
import fi.hva.grants.common.Messages;
import fi.hva.grants.lahella.ListingProperties;
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
    /** The form's instruction: what the region requires to be listed, the association or the funded activity. */
    static final String INSTRUCTION = "listingInstruction";

    /** The check as submitted; the result is null when none was chosen. */
    record Input(ListingStatus result, String url) {
    }

    private final ListingReview listingReview;
    private final CaseSummary caseSummary;
    private final Applications applications;
    private final ListingProperties listing;
    private final Messages messages;

    ListingCheckTask(ListingReview listingReview, CaseSummary caseSummary, Applications applications, ListingProperties listing,
                     Messages messages) {
        super(List.of(RESULT, URL));
        this.listingReview = listingReview;
        this.caseSummary = caseSummary;
        this.applications = applications;
        this.listing = listing;
        this.messages = messages;
    }

    @Override
    protected void show(DelegateTask task) {
        long applicationId = APPLICATION_ID.from(task);
        TaskForms.showCaseSummary(task, caseSummary.of(applicationId));
        TaskForms.show(task, Map.of(INSTRUCTION, messages.get("listing.instruction." + listing.subject().name(), listing.serviceName(),
                Markdown.text(applications.get(applicationId).getActivityName()))));
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
