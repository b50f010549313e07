package fi.hva.grants.lahella;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records the officer's own look at the listing service, with the listing's address as evidence. */
@Component
public class ManualListingRecorder implements TaskListener {

    private final ListingReview listingReview;

    public ManualListingRecorder(ListingReview listingReview) {
        this.listingReview = listingReview;
    }

    @Override
    public void notify(DelegateTask task) {
        String result = FormValues.text(TaskForms.value(task, ListingCheckForm.RESULT));
        listingReview.recordManualCheck(task.getVariable(Variables.APPLICATION_ID), result,
                FormValues.text(TaskForms.value(task, ListingCheckForm.URL)), TaskForms.actor(task));
        task.getExecution().setVariable(Variables.LISTING_STATUS, result);
    }
}
