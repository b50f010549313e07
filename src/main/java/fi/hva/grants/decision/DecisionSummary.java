package fi.hva.grants.decision;

import fi.hva.grants.common.Markdown;
import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import fi.hva.grants.deadline.Deadlines;
import fi.hva.grants.grant.Applications;
import fi.hva.grants.grant.CaseSummary;
import fi.hva.grants.grant.GrantApplication;
import fi.hva.grants.notification.SentMailRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application after its decision: the case summary plus the letters (links to the PDFs), the
 * mail sent to the association and the rectification requests.
 */
@Component
public class DecisionSummary {


    private final CaseSummary caseSummary;
    private final Applications applications;
    private final DecisionLetterRepository letters;
    private final SentMailRepository mails;
    private final RectificationRequestRepository rectifications;
    private final Deadlines deadlines;
    private final Messages messages;

    DecisionSummary(CaseSummary caseSummary, Applications applications, DecisionLetterRepository letters,
                    SentMailRepository mails, RectificationRequestRepository rectifications, Deadlines deadlines, Messages messages) {
        this.caseSummary = caseSummary;
        this.applications = applications;
        this.letters = letters;
        this.mails = mails;
        this.rectifications = rectifications;
        this.deadlines = deadlines;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public String of(long applicationId) {
        GrantApplication application = applications.get(applicationId);
        Long id = application.getId();
        List<String> lines = new ArrayList<>(List.of(caseSummary.of(applicationId), ""));
        if (application.getNotifiedAt() != null) {
            lines.add(messages.get("decisionSummary.notice." + application.getNoticeChannel(),
                    Messages.DATE_TIME.format(application.getNotifiedAt()),
                    Messages.DATE.format(LocalDate.ofInstant(application.getNotifiedAt(), Now.HELSINKI)),
                    Messages.DATE.format(application.getDeemedReceivedOn()), Messages.DATE.format(application.getRectificationDeadline())));
            lines.add("");
        }
        if (application.minutesPublishedOn() != null) {
            lines.add(messages.get("decisionSummary.minutes", Messages.DATE.format(application.minutesPublishedOn()),
                    Messages.DATE.format(deadlines.membersRectificationDeadline(application.minutesPublishedOn()))));
            lines.add("");
        }
        section(lines, "decisionSummary.letters", letters.findByApplicationIdOrderByCreatedAt(id).stream()
                .map(l -> messages.get("decisionSummary.letter", Markdown.text(l.getFileName()), String.valueOf(l.getId()),
                        Messages.DATE_TIME.format(l.getCreatedAt()))).toList());
        section(lines, "decisionSummary.mails", mails.findByApplicationIdOrderBySentAt(id).stream()
                .map(m -> messages.get("decisionSummary.mail", Messages.DATE_TIME.format(m.getSentAt()), Markdown.text(m.getSubject()),
                        Markdown.text(m.getRecipient()))).toList());
        section(lines, "decisionSummary.rectifications", rectifications.findByApplicationIdOrderByReceivedAt(id).stream()
                .map(r -> messages.get("decisionSummary.rectification", Messages.DATE_TIME.format(r.getReceivedAt()), Markdown.text(r.getContent()),
                        messages.label("rectificationStatus", r.getStatus()), messages.label("rectificationTarget", r.getTarget()),
                        requester(r), messages.label("requestChannel", r.getReceivedChannel()))).toList());
        return String.join("\n", lines);
    }

    private String requester(RectificationRequest request) {
        String kind = messages.label("requester", request.getRequesterKind());
        return request.getRequesterName() == null ? kind : kind + " " + Markdown.text(request.getRequesterName());
    }

    private void section(List<String> lines, String titleKey, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        lines.add("**" + messages.get(titleKey) + "**");
        lines.add("");
        items.forEach(item -> lines.add("- " + item));
        lines.add("");
    }
}
