package fi.hva.grants.decision;

import fi.hva.grants.common.Messages;
import fi.hva.grants.grant.Applications;
import fi.hva.grants.grant.GrantApplication;
import fi.hva.grants.payment.Payments;
import fi.hva.grants.process.ProcessVariable;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Huomioi vapautunut määräraha" (form declined-grant) of the application process: shows the liaison officer
 * how much of the appropriation was freed. The form only shows, so the task is a plain create listener; it
 * lives with the decision, whose summary it shows, so that grant does not depend on decision.
 */
@Component
class DeclinedGrantTask implements TaskListener {

    /** The application process's id variable; grant's own accessor is package-private to grant. */
    private static final ProcessVariable<Long> APPLICATION_ID = ProcessVariable.id(Variables.APPLICATION_ID);

    private final DecisionSummary decisionSummary;
    private final Applications applications;
    private final Payments payments;
    private final Messages messages;

    DeclinedGrantTask(DecisionSummary decisionSummary, Applications applications, Payments payments, Messages messages) {
        this.decisionSummary = decisionSummary;
        this.applications = applications;
        this.payments = payments;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public void notify(DelegateTask task) {
        long applicationId = APPLICATION_ID.from(task);
        GrantApplication application = applications.get(applicationId);
        String number = application.getApplicationNumber();
        // Declined before payout was scheduled, e.g. during the rectification period: the whole grant is freed.
        String freed = payments.idsOfCase(number).isEmpty()
                ? messages.get("paymentSummary.declinedBeforePayout", Messages.DATE_TIME.format(application.getGrantDeclinedAt()),
                        Messages.euros(application.getDecidedAmount()), application.getCall().getCode())
                : messages.get("paymentSummary.declined", Messages.DATE_TIME.format(application.getGrantDeclinedAt()),
                        Messages.euros(payments.cancelledAmount(number)), application.getCall().getCode());
        TaskForms.showCaseSummary(task, decisionSummary.of(applicationId) + "\n\n**" + freed + "**");
    }
}
