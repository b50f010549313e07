package fi.hva.grants.cooperation;

import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Kirjaa sopimus". Runs in the transaction that starts the instance, so invalid input fails the
 * start itself: the partnership manager sees the Finnish message and nothing is created.
 */
@Component
public class RegisterAgreementDelegate implements JavaDelegate {

    private final CooperationAgreements agreements;

    public RegisterAgreementDelegate(CooperationAgreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CooperationAgreement agreement = agreements.register(TaskForms.take(execution, AgreementForms.START_FIELDS));
        agreement.attachProcess(execution.getProcessInstanceId());
        execution.setProcessBusinessKey(agreement.getAgreementNumber());
        execution.setVariable(Variables.AGREEMENT_ID, agreement.getId());
    }
}
