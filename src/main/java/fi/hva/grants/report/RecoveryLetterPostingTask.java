package fi.hva.grants.report;

import static fi.hva.grants.report.CreateRecoveryLetterDelegate.LETTER_KIND;

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
 * "Postita päätös" and "Kirjaa päätöksen postitus" of a recovery letter, for an association without consent to
 * electronic notice; the same form as the grant decision's print queue (letter-posting.form).
 */
@Component
class RecoveryLetterPostingTask extends UserTask<LocalDate> {

    static final String POSTED_ON = "letterPostedOn";

    private final RecoveryLetters letters;

    RecoveryLetterPostingTask(RecoveryLetters letters) {
        super(List.of(POSTED_ON));
        this.letters = letters;
    }

    @Override
    protected void show(DelegateTask task) {
        TaskForms.showCaseSummary(task, letters.postingSummary(ReportProcessVariables.APPLICATION_ID.from(task), LETTER_KIND.from(task)));
    }

    @Override
    protected LocalDate parse(Map<String, Object> submitted) {
        return FormValues.date(submitted.get(POSTED_ON));
    }

    @Override
    protected void save(DelegateExecution execution, LocalDate postedOn) {
        letters.posted(ReportProcessVariables.APPLICATION_ID.from(execution), LETTER_KIND.from(execution), postedOn,
                TaskCompletedBy.of(execution));
    }
}
