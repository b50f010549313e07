package fi.hva.grants.grant;

import fi.hva.grants.common.Now;
import fi.hva.grants.process.IndexedFields;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Fills the review form ("Arvioi hakemus") when the task is created. */
@Component
public class ReviewForm implements TaskListener {

    static final String OUTCOME = "reviewOutcome";
    /** One score field per criterion of the call, labelled from the shown criterion and weight. */
    static final IndexedFields SCORES = new IndexedFields("score", List.of(""), 8);
    static final IndexedFields CRITERIA = new IndexedFields("criterion", List.of("", "Weight"), 8);
    static final String PROPOSED_AMOUNT = "proposedAmount";
    static final String REASONING = "reviewReasoning";
    static final String DISQUALIFICATION_REASON = "disqualificationReason";
    static final String INFO_QUESTION = "infoQuestion";
    static final String INFO_DEADLINE = "infoDeadline";
    static final List<String> FIELDS = Stream.concat(Stream.of(OUTCOME, PROPOSED_AMOUNT, REASONING,
            DISQUALIFICATION_REASON, INFO_QUESTION, INFO_DEADLINE), SCORES.names().stream()).toList();
    static final int DEFAULT_INFO_DAYS = 14;

    private final CaseSummary caseSummary;
    private final ApplicationReview review;

    public ReviewForm(CaseSummary caseSummary, ApplicationReview review) {
        this.caseSummary = caseSummary;
        this.review = review;
    }

    @Override
    public void notify(DelegateTask task) {
        Object applicationId = task.getVariable(Variables.APPLICATION_ID);
        Map<String, Object> shown = new HashMap<>(CRITERIA.fill(review.criteria(applicationId).stream()
                .map(criterion -> Map.<String, Object>of("", criterion.getName(), "weight", criterion.getWeight())).toList()));
        shown.put(Variables.CASE_SUMMARY, caseSummary.of(applicationId));
        TaskForms.show(task, shown);
        TaskForms.prefill(task, Map.of(INFO_DEADLINE,
                LocalDate.ofInstant(Now.instant(), Now.HELSINKI).plusDays(DEFAULT_INFO_DAYS).toString()));
    }
}
