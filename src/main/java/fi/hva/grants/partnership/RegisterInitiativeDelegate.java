package fi.hva.grants.partnership;

import fi.hva.grants.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tarkista ja kirjaa aloite". Runs in the transaction that starts the instance, so invalid input fails the start and nothing is created. */
@Component
class RegisterInitiativeDelegate implements JavaDelegate {

    private final PartnershipInitiatives initiatives;

    RegisterInitiativeDelegate(PartnershipInitiatives initiatives) {
        this.initiatives = initiatives;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Partnership partnership = initiatives.register(
                InitiativeRegistration.parse(TaskForms.take(execution, InitiativeRegistration.FIELD_KEYS)));
        partnership.attachProcess(execution.getProcessInstanceId());
        execution.setProcessBusinessKey(partnership.getPartnershipNumber());
        PartnershipNegotiationProcessVariables.PARTNERSHIP_ID.set(execution, partnership.getId());
    }
}
