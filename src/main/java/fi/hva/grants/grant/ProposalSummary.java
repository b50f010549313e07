package fi.hva.grants.grant;

import fi.hva.grants.call.Calls;
import fi.hva.grants.call.GrantCall;
import fi.hva.grants.common.Markdown;
import fi.hva.grants.common.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision proposal as a Markdown table for the officer's and the secretary's forms, with the reviewer's
 * own proposal beside the amount as it stands after the liaison officer's adjustments.
 */
@Component
class ProposalSummary {

    private final Calls calls;
    private final GrantApplicationRepository applications;
    private final Messages messages;
    private final DecisionStages stages;

    ProposalSummary(Calls calls, GrantApplicationRepository applications, Messages messages, DecisionStages stages) {
        this.calls = calls;
        this.applications = applications;
        this.messages = messages;
        this.stages = stages;
    }

    @Transactional(readOnly = true)
    String of(long callId) {
        GrantCall call = calls.get(callId);
        List<GrantApplication> all = applications.findByCallIdOrderByApplicationNumber(call.getId());
        BigDecimal total = DecisionProposal.total(all);
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("proposal.title", call.getCode(), call.getName()));
        lines.add("");
        lines.add(messages.get("proposal.totals", Messages.euros(call.getAppropriation()), Messages.euros(total),
                Messages.euros(call.getAppropriation().subtract(total)), all.size()));
        if (total.compareTo(call.getAppropriation()) > 0) {
            lines.add("");
            lines.add("**" + messages.get("proposal.overAppropriation", Messages.euros(total.subtract(call.getAppropriation()))) + "**");
        }
        lines.add("");
        lines.add(messages.get("proposal.header"));
        lines.add("|---|---|---|---|---|---|---|");
        Map<Long, LatestStages> latest = stages.latestOf(all);
        for (GrantApplication a : all) {
            DecisionStage review = latest.get(a.getId()).review();
            lines.add("| %s | %s | %s | %s | %s | %s | %s |".formatted(a.getApplicationNumber(), Markdown.cell(a.getAssociationName()),
                    Messages.euros(a.getRequestedAmount()), Messages.decimal(a.getTotalScore()),
                    Messages.euros(review == null ? null : review.getAmount()),
                    a.isLate() ? messages.get("proposal.notExamined") : Messages.euros(a.proposedOrZero()),
                    a.isLate() ? messages.get("proposal.lateReasoning") : Markdown.cell(a.getProposalReasoning())));
        }
        return String.join("\n", lines);
    }
}
