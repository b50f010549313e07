package fi.hva.grants.partnership;

import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Ilmoita aloitteen hylkäämisestä". */
@Component
public class RejectInitiativeDelegate implements JavaDelegate {

    private final PartnershipInitiatives initiatives;

    public RejectInitiativeDelegate(PartnershipInitiatives initiatives) {
        this.initiatives = initiatives;
    }

    @Override
    public void execute(DelegateExecution execution) {
        initiatives.reject(execution.getVariable(Variables.PARTNERSHIP_ID));
    }
}
