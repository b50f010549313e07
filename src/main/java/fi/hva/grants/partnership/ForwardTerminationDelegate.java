package fi.hva.grants.partnership;

import fi.hva.grants.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Välitä päättämispäätös sopimukselle". Runs in the starting transaction: a mistake fails the start. */
@Component
class ForwardTerminationDelegate implements JavaDelegate {

    private final AgreementYears years;

    ForwardTerminationDelegate(AgreementYears years) {
        this.years = years;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PartnershipNotice notice = PartnershipNotice.parse(TaskForms.take(execution, PartnershipNotice.FIELD_KEYS));
        years.terminate(notice.partnershipNumber(), notice.terminationReason(), notice.decidedOn(), notice.notes());
    }
}
