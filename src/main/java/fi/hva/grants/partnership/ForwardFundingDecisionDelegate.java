package fi.hva.grants.partnership;

import fi.hva.grants.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Välitä rahoituspäätös neuvottelulle". Runs in the starting transaction: a mistake fails the start. */
@Component
class ForwardFundingDecisionDelegate implements JavaDelegate {

    private final Negotiations negotiations;

    ForwardFundingDecisionDelegate(Negotiations negotiations) {
        this.negotiations = negotiations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PartnershipNotice notice = PartnershipNotice.parse(TaskForms.take(execution, PartnershipNotice.FIELD_KEYS));
        negotiations.recordFundingDecision(notice.partnershipNumber(), notice.fundingOutcome(), notice.decidedOn(),
                notice.reference(), notice.notes());
    }
}
