package fi.hva.grants.partnership;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskCompletedBy;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tallenna neuvottelukierros". */
@Component
public class SaveNegotiationRoundDelegate implements JavaDelegate {

    private final Negotiations negotiations;

    public SaveNegotiationRoundDelegate(Negotiations negotiations) {
        this.negotiations = negotiations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> form = TaskForms.take(execution, PartnershipFields.ROUND);
        NegotiationRound.Outcome outcome = negotiations.recordRound(execution.getVariable(Variables.PARTNERSHIP_ID),
                FormValues.date(form.get(PartnershipFields.HELD_ON)), FormValues.text(form.get(PartnershipFields.OUR_PROPOSAL)),
                FormValues.text(form.get(PartnershipFields.THEIR_ANSWER)), FormValues.text(form.get(PartnershipFields.ROUND_NOTES)),
                FormValues.date(form.get(PartnershipFields.NEXT_MEETING_ON)), FormValues.text(form.get(PartnershipFields.ROUND_OUTCOME)),
                TaskCompletedBy.of(execution));
        execution.setVariable(Variables.NEGOTIATION_OUTCOME, outcome.name());
    }
}
