package fi.hva.grants.partnership;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Ilmoita aloitteen hylkäämisestä". */
@Component
class RejectInitiativeDelegate implements JavaDelegate {

    private final PartnershipInitiatives initiatives;

    RejectInitiativeDelegate(PartnershipInitiatives initiatives) {
        this.initiatives = initiatives;
    }

    @Override
    public void execute(DelegateExecution execution) {
        initiatives.reject(PartnershipNegotiationProcessVariables.PARTNERSHIP_ID.from(execution));
    }
}
