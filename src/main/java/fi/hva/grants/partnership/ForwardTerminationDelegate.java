package fi.hva.grants.partnership;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskForms;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Välitä päättämispäätös sopimukselle". Runs in the starting transaction: a mistake fails the start. */
@Component
public class ForwardTerminationDelegate implements JavaDelegate {

    private final AgreementYears years;

    public ForwardTerminationDelegate(AgreementYears years) {
        this.years = years;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> form = TaskForms.take(execution, PartnershipFields.NOTICE);
        years.terminate(FormValues.text(form.get(PartnershipFields.PARTNERSHIP_NUMBER)),
                FormValues.text(form.get(PartnershipFields.TERMINATION_REASON)), FormValues.date(form.get(PartnershipFields.DECIDED_ON)),
                FormValues.text(form.get(PartnershipFields.NOTICE_NOTES)));
    }
}
