package fi.hva.grants.decision;

import fi.hva.grants.common.Markdown;
import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import fi.hva.grants.deadline.Deadlines;
import fi.hva.grants.deadline.NoticeChannel;
import fi.hva.grants.decision.letter.LetterKind;
import fi.hva.grants.grant.Applications;
import fi.hva.grants.grant.GrantApplication;
import fi.hva.grants.notification.Attachment;
import fi.hva.grants.notification.Mail;
import fi.hva.grants.notification.Mailer;
import fi.hva.grants.region.RegionProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serves decision letters, by e-mail with the applicant's consent and otherwise by post, and records when,
 * so that the statutory periods run from the deemed receipt (hallintolaki 59 §): the rectification period
 * after a decision, the appeal period after a decision on a rectification request. Bean name used in the
 * BPMN timers and gateways.
 */
@Service("decisionNotices")
public class DecisionNotices {

    private final Applications applications;
    private final DecisionLetters letters;
    private final RectificationRequests rectifications;
    private final Mailer mailer;
    private final Deadlines deadlines;
    private final RegionProperties region;
    private final Messages messages;

    DecisionNotices(Applications applications, DecisionLetters letters, RectificationRequests rectifications,
                           Mailer mailer, Deadlines deadlines, RegionProperties region, Messages messages) {
        this.applications = applications;
        this.letters = letters;
        this.rectifications = rectifications;
        this.mailer = mailer;
        this.deadlines = deadlines;
        this.region = region;
        this.messages = messages;
    }

    /** Whether the applicant consented to electronic notice; without it the letter is posted. */
    @Transactional(readOnly = true)
    public boolean electronic(long applicationId) {
        return applications.get(applicationId).noticeChannelChosen() == NoticeChannel.EMAIL;
    }

    /** E-mails the letter to an applicant who consented; the periods run from the third day. */
    @Transactional
    void send(long applicationId, LetterKind kind) {
        GrantApplication application = applications.get(applicationId);
        LocalDate deadline = recordNotice(application, kind, LocalDate.ofInstant(Now.instant(), Now.HELSINKI), NoticeChannel.EMAIL);
        mail(application, kind, kind == LetterKind.DECISION ? "mail.decision" : "mail.rectificationDecision", deadline);
    }

    /**
     * The registry office posted the letter on {@code postedOn}: the periods run from the seventh day after it. A
     * posting day before the letter was made, or in the future, is refused and keeps the task open.
     */
    @Transactional
    void posted(long applicationId, LetterKind kind, LocalDate postedOn, String postedBy) {
        GrantApplication application = applications.get(applicationId);
        letters.recordPosting(application, kind, postedOn, postedBy);
        recordNotice(application, kind, postedOn, NoticeChannel.LETTER);
    }

    /** What the registry office needs to post the letter: the letter to print and the address from the application. */
    @Transactional(readOnly = true)
    public String postingSummary(long applicationId, LetterKind kind) {
        GrantApplication application = applications.get(applicationId);
        DecisionLetter letter = letters.latest(application.getId(), kind);
        return messages.get("letterPosting.summary", Markdown.text(letter.getFileName()), String.valueOf(letter.getId()),
                Markdown.text(application.getAssociationName()), Markdown.text(application.getContactName()),
                Markdown.text(application.getPostalAddress()));
    }

    /** Records the notice of the letter sent on {@code sentOn} and answers the last day of its remedy. */
    private LocalDate recordNotice(GrantApplication application, LetterKind kind, LocalDate sentOn, NoticeChannel channel) {
        LocalDate receipt = deadlines.deemedReceipt(sentOn, channel);
        Instant sentAt = channel == NoticeChannel.EMAIL ? Now.instant() : sentOn.atStartOfDay(Now.HELSINKI).toInstant();
        if (kind == LetterKind.DECISION) {
            LocalDate deadline = deadlines.rectificationDeadline(receipt);
            application.recordNotice(sentAt, channel, receipt, deadline);
            return deadline;
        }
        LocalDate deadline = deadlines.appealDeadline(receipt);
        rectifications.decided(application.getId()).recordNotice(sentAt, deadline);
        return deadline;
    }

    /** When the rectification period has run out: at the end of its last day, Finnish time. */
    @Transactional(readOnly = true)
    public Date rectificationPeriodEnds(long applicationId) {
        return Now.endOf(applications.get(applicationId).getRectificationDeadline());
    }

    /** Whether the minutes with the decision have been published, so that the members' period is known. */
    @Transactional(readOnly = true)
    public boolean minutesPublished(long applicationId) {
        return applications.get(applicationId).minutesPublishedOn() != null;
    }

    /** When the county members' rectification period has run out: at the end of its last day, Finnish time. */
    @Transactional(readOnly = true)
    public Date membersPeriodEnds(long applicationId) {
        return Now.endOf(deadlines.membersRectificationDeadline(applications.get(applicationId).minutesPublishedOn()));
    }

    @Transactional(readOnly = true)
    public Date appealPeriodEnds(long applicationId) {
        return Now.endOf(rectifications.decided(applications.get(applicationId).getId()).getAppealDeadline());
    }

    private void mail(GrantApplication application, LetterKind kind, String key, LocalDate deadline) {
        DecisionLetter letter = letters.latest(application.getId(), kind);
        mailer.send(new Mail(application.getId(), application.getContactEmail(),
                messages.get(key + ".subject", application.getApplicationNumber()),
                messages.get(key + ".body", application.getContactName(), region.decisionBody(),
                        application.getAssociationName(), application.getApplicationNumber(), Messages.DATE.format(deadline),
                        region.name()),
                new Attachment(letter.getFileName(), "application/pdf", letter.getContent())));
    }

}
