package fi.hva.grants.decision;

import static fi.hva.grants.decision.DecisionProcessVariables.APPLICATION_ID;
import static fi.hva.grants.decision.DecisionProcessVariables.LETTER_KIND;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskCompletedBy;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.UserTask;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * "Postita päätös" and "Kirjaa päätöksen postitus": the registry office prints the letter of an applicant who
 * gave no consent to electronic notice, posts it to the address the application gave and records the day.
 * The input parameter {@code letterKind} says which letter, so the decision and the decision on a
 * rectification request share the task.
 */
@Component
class LetterPostingTask extends UserTask<LocalDate> {

    static final String POSTED_ON = "letterPostedOn";

    private final DecisionNotices notices;

    LetterPostingTask(DecisionNotices notices) {
        super(List.of(POSTED_ON));
        this.notices = notices;
    }

    @Override
    protected void show(DelegateTask task) {
        TaskForms.showCaseSummary(task, notices.postingSummary(APPLICATION_ID.from(task), LETTER_KIND.from(task)));
    }

    @Override
    protected LocalDate parse(Map<String, Object> submitted) {
        return FormValues.date(submitted.get(POSTED_ON));
    }

    @Override
    protected void save(DelegateExecution execution, LocalDate postedOn) {
        notices.posted(APPLICATION_ID.from(execution), LETTER_KIND.from(execution), postedOn, TaskCompletedBy.of(execution));
    }
}
