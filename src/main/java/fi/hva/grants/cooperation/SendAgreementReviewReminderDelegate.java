package fi.hva.grants.cooperation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Muistuta sopimuksen tarkistamisesta": runs after an async continuation with a retry cycle. */
@Component
class SendAgreementReviewReminderDelegate implements JavaDelegate {

    private final CooperationAgreements agreements;

    SendAgreementReviewReminderDelegate(CooperationAgreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        agreements.remindOfReview(CooperationProcessVariables.AGREEMENT_ID.from(execution));
    }
}
