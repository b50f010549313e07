package fi.hva.grants.grant;

import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Ilmoita myöhästyneestä arvioinnista": the review task stays open; the managers hear of it. */
@Component
public class NotifyReviewOverdueDelegate implements JavaDelegate {

    private final ReviewOverdueNotices notices;

    public NotifyReviewOverdueDelegate(ReviewOverdueNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.notifyManagers(execution.getVariable(Variables.APPLICATION_ID));
    }
}
