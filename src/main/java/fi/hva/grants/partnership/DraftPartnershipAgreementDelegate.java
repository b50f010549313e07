package fi.hva.grants.partnership;

import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Laadi sopimusluonnos": the PDF from the agreement template. */
@Component
public class DraftPartnershipAgreementDelegate implements JavaDelegate {

    private final PartnershipAgreements agreements;

    public DraftPartnershipAgreementDelegate(PartnershipAgreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        agreements.draft(execution.getVariable(Variables.PARTNERSHIP_ID));
    }
}
