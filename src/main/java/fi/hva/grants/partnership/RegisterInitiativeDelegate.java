package fi.hva.grants.partnership;

import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tarkista ja kirjaa aloite". Runs in the transaction that starts the instance, so invalid input fails the start and nothing is created. */
@Component
public class RegisterInitiativeDelegate implements JavaDelegate {

    private final PartnershipInitiatives initiatives;

    public RegisterInitiativeDelegate(PartnershipInitiatives initiatives) {
        this.initiatives = initiatives;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Partnership partnership = initiatives.register(TaskForms.take(execution, PartnershipFields.INITIATIVE));
        partnership.attachProcess(execution.getProcessInstanceId());
        execution.setProcessBusinessKey(partnership.getPartnershipNumber());
        execution.setVariable(Variables.PARTNERSHIP_ID, partnership.getId());
    }
}
