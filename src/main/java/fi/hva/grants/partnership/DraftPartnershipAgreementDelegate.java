package fi.hva.grants.partnership;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Laadi sopimusluonnos": the PDF from the agreement template. */
@Component
class DraftPartnershipAgreementDelegate implements JavaDelegate {

    private final PartnershipAgreements agreements;

    DraftPartnershipAgreementDelegate(PartnershipAgreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        agreements.drawUp(PartnershipNegotiationProcessVariables.PARTNERSHIP_ID.from(execution));
    }
}
