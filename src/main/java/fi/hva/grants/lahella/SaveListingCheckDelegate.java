package fi.hva.grants.lahella;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskCompletedBy;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tallenna listauksen tarkistus": the officer's own look, with the listing's address as evidence. */
@Component
public class SaveListingCheckDelegate implements JavaDelegate {

    static final String RESULT = "listingResult";
    static final String URL = "listingUrl";
    static final List<String> FIELDS = List.of(RESULT, URL);

    private final ListingReview listingReview;

    public SaveListingCheckDelegate(ListingReview listingReview) {
        this.listingReview = listingReview;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> form = TaskForms.take(execution, FIELDS);
        String result = FormValues.text(form.get(RESULT));
        listingReview.recordManualCheck(execution.getVariable(Variables.APPLICATION_ID), result,
                FormValues.text(form.get(URL)), TaskCompletedBy.of(execution));
        execution.setVariable(Variables.LISTING_STATUS, result);
    }
}
