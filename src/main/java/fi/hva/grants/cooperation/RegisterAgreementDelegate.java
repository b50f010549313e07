package fi.hva.grants.cooperation;

import fi.hva.grants.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Kirjaa sopimus". Runs in the transaction that starts the instance, so invalid input fails the
 * start itself: the partnership manager sees the Finnish message and nothing is created.
 */
@Component
class RegisterAgreementDelegate implements JavaDelegate {

    private final CooperationAgreements agreements;

    RegisterAgreementDelegate(CooperationAgreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CooperationAgreement agreement = agreements.register(
                AgreementRegistration.parse(TaskForms.take(execution, AgreementRegistration.FIELD_KEYS)));
        agreement.attachProcess(execution.getProcessInstanceId());
        execution.setProcessBusinessKey(agreement.getAgreementNumber());
        CooperationProcessVariables.AGREEMENT_ID.set(execution, agreement.getId());
    }
}
