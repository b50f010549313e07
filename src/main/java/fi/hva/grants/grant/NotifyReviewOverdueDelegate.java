package fi.hva.grants.grant;

import static fi.hva.grants.grant.ApplicationProcessVariables.APPLICATION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Ilmoita myöhästyneestä arvioinnista": the review task stays open; the managers hear of it. */
@Component
class NotifyReviewOverdueDelegate implements JavaDelegate {

    private final ReviewOverdueNotices notices;

    NotifyReviewOverdueDelegate(ReviewOverdueNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.notifyManagers(APPLICATION_ID.from(execution));
    }
}
