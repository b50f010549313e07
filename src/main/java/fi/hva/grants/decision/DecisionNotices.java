package fi.hva.grants.decision;

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
import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends decision letters by e-mail and records when, so that the statutory periods run from the
 * deemed receipt: the rectification period after a decision, the appeal period after a decision
 * on a rectification request. Bean name used in the BPMN timers.
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

    @Transactional
    void send(long applicationId, LetterKind kind) {
        GrantApplication application = applications.get(applicationId);
        LocalDate receipt = deadlines.deemedReceipt(LocalDate.ofInstant(Now.instant(), Now.HELSINKI), NoticeChannel.EMAIL);
        if (kind == LetterKind.DECISION) {
            LocalDate deadline = deadlines.rectificationDeadline(receipt);
            mail(application, kind, "mail.decision", deadline);
            application.recordNotice(Now.instant(), NoticeChannel.EMAIL, receipt, deadline);
        } else {
            LocalDate deadline = deadlines.appealDeadline(receipt);
            mail(application, kind, "mail.rectificationDecision", deadline);
            rectifications.decided(application.getId()).recordNotice(Now.instant(), deadline);
        }
    }

    /** When the rectification period has run out: at the end of its last day, Finnish time. */
    @Transactional(readOnly = true)
    public Date rectificationPeriodEnds(long applicationId) {
        return Now.endOf(applications.get(applicationId).getRectificationDeadline());
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
