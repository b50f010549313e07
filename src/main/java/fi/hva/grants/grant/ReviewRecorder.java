package fi.hva.grants.grant;

import static fi.hva.grants.grant.ReviewForm.DISQUALIFICATION_REASON;
import static fi.hva.grants.grant.ReviewForm.INFO_DEADLINE;
import static fi.hva.grants.grant.ReviewForm.INFO_QUESTION;
import static fi.hva.grants.grant.ReviewForm.OUTCOME;
import static fi.hva.grants.grant.ReviewForm.PROPOSED_AMOUNT;
import static fi.hva.grants.grant.ReviewForm.REASONING;
import static fi.hva.grants.grant.ReviewForm.SCORES;

import fi.hva.grants.common.FormRows;
import fi.hva.grants.common.FormValues;
import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.common.Messages;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Writes the submitted review form to the application. Checking happens here, inside the
 * completion, so an incomplete form is refused with a Finnish message and the task stays open.
 */
@Component
public class ReviewRecorder implements TaskListener {

    private final ApplicationReview review;
    private final Messages messages;

    public ReviewRecorder(ApplicationReview review, Messages messages) {
        this.review = review;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        Object applicationId = task.getVariable(Variables.APPLICATION_ID);
        ReviewOutcome outcome = outcome(FormValues.text(TaskForms.value(task, OUTCOME)));
        String reviewer = TaskForms.actor(task);
        switch (outcome) {
            case SCORED -> review.score(applicationId, reviewer, FormRows.rows(TaskForms.value(task, SCORES)),
                    FormValues.amount(TaskForms.value(task, PROPOSED_AMOUNT)),
                    FormValues.text(TaskForms.value(task, REASONING)));
            case DISQUALIFIED -> review.declareDisqualified(applicationId, reviewer,
                    FormValues.text(TaskForms.value(task, DISQUALIFICATION_REASON)));
            case NEEDS_INFO -> review.requestInformation(applicationId, reviewer,
                    FormValues.text(TaskForms.value(task, INFO_QUESTION)),
                    FormValues.date(TaskForms.value(task, INFO_DEADLINE)));
        }
        task.getExecution().setVariable(Variables.REVIEW_OUTCOME, outcome.name());
    }

    private ReviewOutcome outcome(String value) {
        return Arrays.stream(ReviewOutcome.values())
                .filter(outcome -> outcome.name().equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(List.of(messages.get("review.outcome.required"))));
    }
}
