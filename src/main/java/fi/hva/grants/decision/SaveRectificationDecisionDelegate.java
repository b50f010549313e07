package fi.hva.grants.decision;

import static fi.hva.grants.decision.RectificationForm.AMOUNT;
import static fi.hva.grants.decision.RectificationForm.DECIDED_ON;
import static fi.hva.grants.decision.RectificationForm.OUTCOME;
import static fi.hva.grants.decision.RectificationForm.REASONING;
import static fi.hva.grants.decision.RectificationForm.REFERENCE;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.grant.Applications;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tallenna oikaisuvaatimuksen päätös": an amended decision also changes the outcome the application goes on with. */
@Component
public class SaveRectificationDecisionDelegate implements JavaDelegate {

    private final RectificationRequests rectifications;
    private final Applications applications;

    public SaveRectificationDecisionDelegate(RectificationRequests rectifications, Applications applications) {
        this.rectifications = rectifications;
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object applicationId = execution.getVariable(Variables.APPLICATION_ID);
        Map<String, Object> form = TaskForms.take(execution, RectificationForm.FIELDS);
        rectifications.decide(applicationId, FormValues.text(form.get(OUTCOME)), FormValues.amount(form.get(AMOUNT)),
                FormValues.text(form.get(REASONING)), FormValues.text(form.get(REFERENCE)), FormValues.date(form.get(DECIDED_ON)));
        execution.setVariable(Variables.DECISION_OUTCOME, applications.get(applicationId).getDecisionOutcome().name());
    }
}
