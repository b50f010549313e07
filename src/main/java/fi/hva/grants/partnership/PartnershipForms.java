package fi.hva.grants.partnership;

import fi.hva.grants.common.Markdown;
import fi.hva.grants.common.Messages;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Shows the partnership in the user tasks of the negotiation and agreement models, and in a year's
 * tasks that year first. Nothing is pre-filled: the years run in parallel, and a pre-filled field
 * would be shared by all of them.
 */
@Component
public class PartnershipForms implements TaskListener {

    private final PartnershipSummary summary;
    private final Partnerships partnerships;
    private final Messages messages;

    public PartnershipForms(PartnershipSummary summary, Partnerships partnerships, Messages messages) {
        this.summary = summary;
        this.partnerships = partnerships;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        Object partnershipId = task.getVariable(Variables.PARTNERSHIP_ID);
        Object yearId = task.getVariable(Variables.PARTNERSHIP_YEAR_ID);
        String text = summary.of(partnershipId);
        if (yearId != null) {
            PartnershipYear year = partnerships.year(yearId);
            text = messages.get("partnershipGrant.summary.thisYear", String.valueOf(year.getAgreementYear()),
                    Markdown.text(year.getBudgetReference())) + "\n\n" + text;
            if (year.getReport() != null) {
                text = text + "\n\n" + messages.get("partnershipGrant.summary.annualReport", Markdown.text(year.getReport()));
            }
        }
        TaskForms.show(task, Map.of(Variables.CASE_SUMMARY, text));
    }
}
