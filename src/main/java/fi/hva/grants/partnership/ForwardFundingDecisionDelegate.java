package fi.hva.grants.partnership;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskForms;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Välitä rahoituspäätös neuvottelulle". Runs in the starting transaction: a mistake fails the start. */
@Component
public class ForwardFundingDecisionDelegate implements JavaDelegate {

    private final Negotiations negotiations;

    public ForwardFundingDecisionDelegate(Negotiations negotiations) {
        this.negotiations = negotiations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> form = TaskForms.take(execution, PartnershipFields.NOTICE);
        negotiations.recordFundingDecision(FormValues.text(form.get(PartnershipFields.PARTNERSHIP_NUMBER)),
                FormValues.text(form.get(PartnershipFields.FUNDING_OUTCOME)), FormValues.date(form.get(PartnershipFields.DECIDED_ON)),
                FormValues.text(form.get(PartnershipFields.REFERENCE)), FormValues.text(form.get(PartnershipFields.NOTICE_NOTES)));
    }
}
