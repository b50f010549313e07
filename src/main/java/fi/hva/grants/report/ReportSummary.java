package fi.hva.grants.report;

import fi.hva.grants.common.Markdown;
import fi.hva.grants.common.Messages;
import fi.hva.grants.decision.DecisionSummary;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The case after payout: the decision summary plus the use reports and any recovery. */
@Component
class ReportSummary {

    private final DecisionSummary decisionSummary;
    private final UseReportRepository reports;
    private final RecoveryRepository recoveries;
    private final Messages messages;

    ReportSummary(DecisionSummary decisionSummary, UseReportRepository reports, RecoveryRepository recoveries, Messages messages) {
        this.decisionSummary = decisionSummary;
        this.reports = reports;
        this.recoveries = recoveries;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    String of(long applicationId) {
        List<String> lines = new ArrayList<>(List.of(decisionSummary.of(applicationId)));
        List<UseReport> received = reports.findByApplicationIdOrderByReceivedAt(applicationId);
        if (!received.isEmpty()) {
            lines.add("**" + messages.get("reportSummary.reports") + "**");
            lines.add("");
            received.forEach(r -> lines.add("- " + messages.get("reportSummary.report", Messages.DATE_TIME.format(r.getReceivedAt()),
                    Messages.euros(r.getUsedAmount()), Markdown.text(r.getContent()), messages.label("reportStatus", r.getStatus()))));
            lines.add("");
        }
        recoveries.findFirstByApplicationIdOrderByIdDesc(applicationId).ifPresent(r -> {
            lines.add("**" + messages.get("reportSummary.recovery") + "**");
            lines.add("");
            lines.add("- " + messages.get("reportSummary.recoveryProposal", messages.label("recoveryGrounds", r.getGrounds()),
                    Messages.euros(r.getProposedAmount()), Markdown.text(r.getExplanation())));
            if (r.getHearingDeadline() != null && r.getResponse() == null) {
                lines.add("- " + messages.get("reportSummary.hearing", Messages.DATE.format(r.getHearingDeadline())));
            } else if (r.getHearingDeadline() != null) {
                String channel = r.getResponseRecordedBy() == null ? messages.get("reportSummary.responseChannel.eService")
                        : messages.get("reportSummary.responseChannel.officer", Markdown.text(r.getResponseRecordedBy()));
                lines.add("- " + messages.get("reportSummary.hearingResponse", Messages.DATE.format(r.getHearingDeadline()),
                        r.getResponseReceivedOn() == null ? "–" : Messages.DATE.format(r.getResponseReceivedOn()), channel,
                        Markdown.text(r.getResponse())));
            }
            if (r.getDecidedAmount() != null) {
                lines.add("- " + messages.get("reportSummary.recoveryDecision", Messages.euros(r.getDecidedAmount()),
                        r.getDueOn() == null ? "–" : Messages.DATE.format(r.getDueOn()), Markdown.text(r.getReasoning())));
            }
            if (r.getRectificationRequest() != null) {
                lines.add("- " + messages.get("reportSummary.recoveryRectification",
                        Messages.DATE_TIME.format(r.getRectificationReceivedAt()), Markdown.text(r.getRectificationRequest())));
            }
            if (r.getRectificationOutcome() != null) {
                lines.add("- " + messages.get("reportSummary.recoveryRectificationDecision",
                        messages.label("recoveryRectificationOutcome", r.getRectificationOutcome()), Markdown.text(r.getRectificationReasoning())));
            }
        });
        return String.join("\n", lines);
    }
}
