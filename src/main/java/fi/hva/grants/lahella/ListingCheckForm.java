package fi.hva.grants.lahella;

import fi.hva.grants.grant.CaseSummary;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows the application in "Tarkista listaus käsin" when the adapter could not decide. */
@Component
public class ListingCheckForm implements TaskListener {

    static final String RESULT = "listingResult";
    static final String URL = "listingUrl";
    static final List<String> FIELDS = List.of(RESULT, URL);

    private final CaseSummary caseSummary;

    public ListingCheckForm(CaseSummary caseSummary) {
        this.caseSummary = caseSummary;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskForms.show(task, Map.of(Variables.CASE_SUMMARY, caseSummary.of(task.getVariable(Variables.APPLICATION_ID))));
    }
}
