package fi.hva.grants.report;

import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import fi.hva.grants.deadline.Deadlines;
import fi.hva.grants.deadline.NoticeChannel;
import fi.hva.grants.decision.DecisionLetter;
import fi.hva.grants.decision.DecisionLetters;
import fi.hva.grants.decision.letter.LetterKind;
import fi.hva.grants.decision.letter.RecoveryDecision;
import fi.hva.grants.grant.GrantApplication;
import fi.hva.grants.notification.Attachment;
import fi.hva.grants.notification.Mail;
import fi.hva.grants.notification.Mailer;
import fi.hva.grants.region.RegionProperties;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * A recovery decision, or the decision on a rectification request against it, mailed to an association that
 * consented to electronic notice with its PDF letter (made by {@link RecoveryLetters}) and the deadline of its remedy.
 */
@Component
class RecoveryNotices {

    private final DecisionLetters letters;
    private final Mailer mailer;
    private final Deadlines deadlines;
    private final RegionProperties region;
    private final Messages messages;

    RecoveryNotices(DecisionLetters letters, Mailer mailer, Deadlines deadlines, RegionProperties region, Messages messages) {
        this.letters = letters;
        this.mailer = mailer;
        this.deadlines = deadlines;
        this.region = region;
        this.messages = messages;
    }

    /** The statutory periods run from here: an e-mail is deemed received on the third day. */
    LocalDate deemedReceiptOfMailSentToday() {
        return deadlines.deemedReceipt(LocalDate.ofInstant(Now.instant(), Now.HELSINKI), NoticeChannel.EMAIL);
    }

    void send(GrantApplication application, LetterKind kind, RecoveryDecision decision, LocalDate remedyDeadline) {
        DecisionLetter letter = letters.latest(application.getId(), kind);
        String key = kind == LetterKind.RECOVERY_DECISION ? "mail.recoveryDecision" : "mail.recoveryRectificationDecision";
        mailer.send(new Mail(application.getId(), application.getContactEmail(),
                messages.get(key + ".subject", application.getApplicationNumber()),
                messages.get(key + ".body", application.getContactName(), application.getApplicationNumber(),
                        Messages.euros(decision.amount()), decision.dueOn() == null ? "–" : Messages.DATE.format(decision.dueOn()),
                        Messages.DATE.format(remedyDeadline), region.decisionBody(), region.name()),
                new Attachment(letter.getFileName(), "application/pdf", letter.getContent())));
    }
}
