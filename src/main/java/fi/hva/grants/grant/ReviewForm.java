package fi.hva.grants.grant;

import fi.hva.grants.common.Now;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Fills the review form ("Arvioi hakemus") when the task is created. */
@Component
public class ReviewForm implements TaskListener {

    static final String OUTCOME = "reviewOutcome";
    static final String SCORES = "scores";
    static final String PROPOSED_AMOUNT = "proposedAmount";
    static final String REASONING = "reviewReasoning";
    static final String DISQUALIFICATION_REASON = "disqualificationReason";
    static final String INFO_QUESTION = "infoQuestion";
    static final String INFO_DEADLINE = "infoDeadline";
    static final List<String> FIELDS = List.of(OUTCOME, SCORES, PROPOSED_AMOUNT, REASONING,
            DISQUALIFICATION_REASON, INFO_QUESTION, INFO_DEADLINE);
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
        TaskForms.show(task, Map.of(Variables.CASE_SUMMARY, caseSummary.of(applicationId)));
        Map<String, Object> prefill = new HashMap<>();
        prefill.put(SCORES, TaskForms.json(review.scoreSheet(applicationId)));
        prefill.put(INFO_DEADLINE, LocalDate.ofInstant(Now.instant(), Now.HELSINKI).plusDays(DEFAULT_INFO_DAYS).toString());
        TaskForms.prefill(task, prefill);
    }
}
