package fi.hva.grants.grant;

import static fi.hva.grants.grant.ReviewForm.DISQUALIFICATION_REASON;
import static fi.hva.grants.grant.ReviewForm.INFO_DEADLINE;
import static fi.hva.grants.grant.ReviewForm.INFO_QUESTION;
import static fi.hva.grants.grant.ReviewForm.OUTCOME;
import static fi.hva.grants.grant.ReviewForm.PROPOSED_AMOUNT;
import static fi.hva.grants.grant.ReviewForm.REASONING;
import static fi.hva.grants.grant.ReviewForm.SCORES;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.common.Messages;
import fi.hva.grants.process.TaskCompletedBy;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tallenna arvio": checks the review form and writes it to the application; a problem keeps the task open. */
@Component
public class SaveReviewDelegate implements JavaDelegate {

    private final ApplicationReview review;
    private final Messages messages;

    public SaveReviewDelegate(ApplicationReview review, Messages messages) {
        this.review = review;
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object applicationId = execution.getVariable(Variables.APPLICATION_ID);
        String reviewer = TaskCompletedBy.of(execution);
        Map<String, Object> form = TaskForms.take(execution, ReviewForm.FIELDS);
        ReviewOutcome outcome = outcome(FormValues.text(form.get(OUTCOME)));
        switch (outcome) {
            case SCORED -> review.score(applicationId, reviewer, SCORES.names().stream().map(form::get).toList(),
                    FormValues.amount(form.get(PROPOSED_AMOUNT)), FormValues.text(form.get(REASONING)));
            case DISQUALIFIED -> review.declareDisqualified(applicationId, reviewer,
                    FormValues.text(form.get(DISQUALIFICATION_REASON)));
            case NEEDS_INFO -> review.requestInformation(applicationId, reviewer,
                    FormValues.text(form.get(INFO_QUESTION)), FormValues.date(form.get(INFO_DEADLINE)));
        }
        execution.setVariable(Variables.REVIEW_OUTCOME, outcome.name());
    }

    private ReviewOutcome outcome(String value) {
        return Arrays.stream(ReviewOutcome.values())
                .filter(outcome -> outcome.name().equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(List.of(messages.get("review.outcome.required"))));
    }
}
