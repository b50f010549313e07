package fi.hva.grants.cooperation;

import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Muistuta sopimuksen tarkistamisesta": runs after an async continuation with a retry cycle. */
@Component
public class SendAgreementReviewReminderDelegate implements JavaDelegate {

    private final CooperationAgreements agreements;

    public SendAgreementReviewReminderDelegate(CooperationAgreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        agreements.remindOfReview(execution.getVariable(Variables.AGREEMENT_ID));
    }
}
