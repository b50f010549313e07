package fi.hva.grants.grant;

import fi.hva.grants.common.Now;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
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
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(Variables.CASE_SUMMARY, caseSummary.of(applicationId));
        fields.put(OUTCOME, null);
        fields.put(SCORES, org.camunda.bpm.engine.variable.Variables.objectValue(review.scoreSheet(applicationId))
                .serializationDataFormat(SerializationDataFormats.JSON).create());
        fields.put(PROPOSED_AMOUNT, null);
        fields.put(REASONING, null);
        fields.put(DISQUALIFICATION_REASON, null);
        fields.put(INFO_QUESTION, null);
        fields.put(INFO_DEADLINE, LocalDate.ofInstant(Now.instant(), Now.HELSINKI).plusDays(DEFAULT_INFO_DAYS).toString());
        TaskForms.fill(task, fields);
    }
}
