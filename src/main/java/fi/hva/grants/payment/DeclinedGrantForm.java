package fi.hva.grants.payment;

import fi.hva.grants.common.Messages;
import fi.hva.grants.decision.DecisionSummary;
import fi.hva.grants.grant.Applications;
import fi.hva.grants.grant.GrantApplication;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Shows the liaison officer in "Huomioi vapautunut määräraha" how much of the appropriation was freed. */
@Component
public class DeclinedGrantForm implements TaskListener {


    private final DecisionSummary decisionSummary;
    private final Applications applications;
    private final Payments payments;
    private final Messages messages;

    public DeclinedGrantForm(DecisionSummary decisionSummary, Applications applications, Payments payments, Messages messages) {
        this.decisionSummary = decisionSummary;
        this.applications = applications;
        this.payments = payments;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public void notify(DelegateTask task) {
        Object applicationId = task.getVariable(Variables.APPLICATION_ID);
        GrantApplication application = applications.get(((Number) applicationId).longValue());
        TaskForms.show(task, Map.of(Variables.CASE_SUMMARY, decisionSummary.of(((Number) applicationId).longValue()) + "\n\n**"
                + messages.get("paymentSummary.declined", Messages.DATE_TIME.format(application.getGrantDeclinedAt()),
                        Messages.euros(payments.cancelledAmount(application.getApplicationNumber())), application.getCall().getCode()) + "**"));
    }
}
