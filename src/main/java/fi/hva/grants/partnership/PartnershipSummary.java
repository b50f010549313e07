package fi.hva.grants.partnership;

import fi.hva.grants.common.Markdown;
import fi.hva.grants.common.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The partnership as the partnership manager reads it in a task form. */
@Component
class PartnershipSummary {

    private final Partnerships partnerships;
    private final NegotiationRoundRepository rounds;
    private final Messages messages;

    PartnershipSummary(Partnerships partnerships, NegotiationRoundRepository rounds, Messages messages) {
        this.partnerships = partnerships;
        this.rounds = rounds;
        this.messages = messages;
    }

    /**
     * The partnership with one year of its agreement first, for a year's tasks. Nothing is pre-filled in
     * them: the years run in parallel, and a pre-filled field would be shared by all of them.
     */
    @Transactional(readOnly = true)
    String ofYear(long partnershipId, long yearId) {
        PartnershipYear year = partnerships.year(yearId);
        String text = messages.get("partnershipGrant.summary.thisYear", String.valueOf(year.getAgreementYear()),
                Markdown.text(year.getBudgetReference())) + "\n\n" + of(partnershipId);
        if (year.getReport() != null) {
            text = text + "\n\n" + messages.get("partnershipGrant.summary.annualReport", Markdown.text(year.getReport()));
        }
        return text;
    }

    @Transactional(readOnly = true)
    String of(long partnershipId) {
        Partnership p = partnerships.get(partnershipId);
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("partnershipGrant.summary.title", p.getPartnershipNumber(),
                messages.label("partnershipGrant.status", p.getStatus())));
        lines.add("");
        lines.add(item("partnershipGrant.summary.association", Markdown.text(p.getAssociationName()), Markdown.text(p.getBusinessId()),
                Markdown.text(p.getContactEmail())));
        lines.add(item("partnershipGrant.summary.project", Markdown.text(p.getProjectName()), messages.label("partnershipGrant.funder", p.getExternalFunder()),
                String.valueOf(p.getFirstYear()), String.valueOf(p.getLastYear())));
        lines.add(item("partnershipGrant.summary.description", Markdown.text(p.getProjectDescription())));
        lines.add(item("partnershipGrant.summary.yearlyMaximum", Messages.euros(p.getYearlyMaximum()), Markdown.text(p.getIban())));
        lines.add(item("partnershipGrant.summary.initiative", messages.label("partnershipGrant.initiator", p.getInitiatedBy()),
                Messages.DATE.format(p.getReceivedOn())));
        if (p.getCriteriaMet() != null) {
            lines.add(item("partnershipGrant.summary.criteria", Arrays.stream(PartnershipCriterion.values())
                    .filter(c -> Arrays.asList(p.getCriteriaMet().split(",")).contains(c.name()))
                    .map(c -> messages.get("partnershipGrant.criterion." + c.name())).reduce((a, b) -> a + "; " + b)
                    .orElse(messages.get("partnershipGrant.summary.noCriteria"))));
        }
        var recorded = rounds.findByPartnershipIdOrderByRoundNumber(p.getId());
        if (!recorded.isEmpty()) {
            lines.add("");
            lines.add(messages.get("partnershipGrant.summary.rounds"));
            lines.add("|---|---|---|---|");
            recorded.forEach(r -> lines.add("| %d, %s | %s | %s | %s |".formatted(r.getRoundNumber(), Messages.DATE.format(r.getHeldOn()),
                    Markdown.cell(r.getOurProposal()), Markdown.cell(r.getTheirAnswer()), messages.label("partnershipGrant.round", r.getOutcome()))));
            lines.add("");
        }
        if (p.getFundingGranted() != null) {
            lines.add(item(p.getFundingGranted() ? "partnershipGrant.summary.fundingGranted" : "partnershipGrant.summary.fundingDenied",
                    messages.label("partnershipGrant.funder", p.getExternalFunder()), Messages.DATE.format(p.getFundingDecidedOn()),
                    Markdown.text(p.getFundingReference())));
        }
        if (p.getDraftedAt() != null) {
            lines.add(item("partnershipGrant.summary.draft", String.valueOf(p.getId()), Messages.DATE_TIME.format(p.getDraftedAt())));
        }
        if (p.getDraftNotes() != null) {
            lines.add(item("partnershipGrant.summary.draftNotes", Markdown.text(p.getDraftNotes())));
        }
        if (p.getBoardDecidedOn() != null) {
            lines.add(item("partnershipGrant.summary.board", Markdown.text(p.getBoardReference()), Messages.DATE.format(p.getBoardDecidedOn())));
        }
        if (p.getSignedByCountyOn() != null) {
            lines.add(item("partnershipGrant.summary.signed", Messages.DATE.format(p.getSignedByAssociationOn()),
                    Messages.DATE.format(p.getSignedByCountyOn())));
        }
        partnerships.yearsOf(p).forEach(year -> lines.add(item("partnershipGrant.summary.year", String.valueOf(year.getAgreementYear()),
                messages.label("partnershipGrant.yearStatus", year.getStatus()),
                year.getConfirmedAmount() == null ? "–" : Messages.euros(year.getConfirmedAmount()),
                Markdown.cell(year.getReport()))));
        if (p.getFinalReport() != null) {
            lines.add(item("partnershipGrant.summary.finalReport", Markdown.text(p.getFinalReport())));
        }
        if (p.getEndReason() != null) {
            lines.add(item("partnershipGrant.summary.ended", Messages.DATE.format(p.getEndedOn()),
                    messages.label("partnershipGrant.endReason", p.getEndReason())));
        }
        return String.join("\n", lines);
    }

    private String item(String key, Object... args) {
        return "- " + messages.get(key, args);
    }
}
