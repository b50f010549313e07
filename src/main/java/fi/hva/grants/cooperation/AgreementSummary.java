package fi.hva.grants.cooperation;

import fi.hva.grants.common.Markdown;
import fi.hva.grants.common.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The agreement in Markdown, as its user tasks show it; every typed text shows as it was typed. */
@Component
class AgreementSummary {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    private final CooperationAgreements agreements;
    private final Messages messages;

    AgreementSummary(CooperationAgreements agreements, Messages messages) {
        this.agreements = agreements;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    String of(long agreementId) {
        CooperationAgreement a = agreements.get(agreementId);
        List<String> lines = new ArrayList<>();
        lines.add("**" + Markdown.text(a.getAgreementNumber()) + " – " + messages.label("cooperation.kind", a.getKind()) + "**");
        lines.add("");
        lines.add("- " + messages.get("cooperation.summary.association", Markdown.text(a.getAssociationName()), Markdown.text(a.getBusinessId())));
        lines.add("- " + messages.get("cooperation.summary.contactEmail", Markdown.text(a.getContactEmail())));
        lines.add("- " + messages.get("cooperation.summary.subject", Markdown.text(a.getSubject())));
        lines.add("- " + messages.get("cooperation.summary.period", date(a.getStartsOn()), date(a.getEndsOn())));
        lines.add("- " + messages.get("cooperation.summary.countyContact", Markdown.text(a.getCountyContact())));
        lines.add("- " + messages.get("cooperation.summary.status", messages.label("cooperation.status", a.getStatus())));
        if (a.getRenewals() > 0) {
            lines.add("- " + messages.get("cooperation.summary.renewals", String.valueOf(a.getRenewals())));
        }
        if (a.getReviewReminderSentAt() != null) {
            lines.add("- " + messages.get("cooperation.summary.reminder",
                    date(LocalDate.ofInstant(a.getReviewReminderSentAt(), fi.hva.grants.common.Now.HELSINKI))));
        }
        lines.add("");
        if (a.getTerms() != null) {
            lines.add("**" + messages.get("cooperation.summary.terms") + "**");
            lines.add("");
            lines.add(Markdown.text(a.getTerms()));
            lines.add("");
            lines.add("**" + messages.get("cooperation.summary.associationResponsibilities") + "**");
            lines.add("");
            lines.add(Markdown.text(a.getAssociationResponsibilities()));
            lines.add("");
            lines.add("**" + messages.get("cooperation.summary.countyResponsibilities") + "**");
            lines.add("");
            lines.add(Markdown.text(a.getCountyResponsibilities()));
            lines.add("");
        }
        if (a.getStatus() == CooperationAgreement.Status.RETURNED) {
            lines.add("**" + messages.get("cooperation.summary.returned") + "** " + Markdown.text(a.getApprovalNotes()));
            lines.add("");
        }
        if (a.getApprovedOn() != null) {
            lines.add("- " + messages.get("cooperation.summary.approved", date(a.getApprovedOn()), Markdown.text(a.getBoardReference())));
        }
        if (a.getSignedByCountyOn() != null) {
            lines.add("- " + messages.get("cooperation.summary.signed", date(a.getSignedByAssociationOn()), date(a.getSignedByCountyOn())));
        }
        return String.join("\n", lines).strip();
    }

    private static String date(LocalDate day) {
        return day == null ? "–" : DATE.format(day);
    }
}
