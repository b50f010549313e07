package fi.hva.grants.report;

import fi.hva.grants.common.Now;
import fi.hva.grants.deadline.Deadlines;
import fi.hva.grants.deadline.NoticeChannel;
import fi.hva.grants.decision.DecisionLetters;
import fi.hva.grants.decision.DecisionNotices;
import fi.hva.grants.decision.letter.LetterKind;
import fi.hva.grants.grant.Applications;
import fi.hva.grants.grant.GrantApplication;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letters of a recovery: the recovery decision and the decision on a rectification request against it. Each is
 * made first; then it is mailed to an association that consented to electronic notice, or posted by the registry
 * office, and its period (rectification, then appeal) runs from the seventh day after the posting day. Bean name used
 * in the gateways of grant-report.bpmn.
 */
@Service("recoveryLetters")
public class RecoveryLetters {

    private final Applications applications;
    private final Recoveries recoveries;
    private final DecisionLetters letters;
    private final DecisionNotices notices;
    private final Deadlines deadlines;

    RecoveryLetters(Applications applications, Recoveries recoveries, DecisionLetters letters, DecisionNotices notices,
                    Deadlines deadlines) {
        this.applications = applications;
        this.recoveries = recoveries;
        this.letters = letters;
        this.notices = notices;
        this.deadlines = deadlines;
    }

    /** Whether the association consented to electronic notice; without it the letter is posted. */
    @Transactional(readOnly = true)
    public boolean electronic(long applicationId) {
        return notices.electronic(applicationId);
    }

    @Transactional
    void create(long applicationId, LetterKind kind) {
        letters.createRecoveryLetter(applicationId, kind, recoveries.current(applicationId).letterContent(kind));
    }

    @Transactional(readOnly = true)
    String postingSummary(long applicationId, LetterKind kind) {
        return notices.postingSummary(applicationId, kind);
    }

    /** The registry office posted the letter: the remedy's period runs from the seventh day after {@code postedOn}. */
    @Transactional
    void posted(long applicationId, LetterKind kind, LocalDate postedOn, String postedBy) {
        GrantApplication application = applications.get(applicationId);
        letters.recordPosting(application, kind, postedOn, postedBy);
        Recovery recovery = recoveries.current(application.getId());
        LocalDate receipt = deadlines.deemedReceipt(postedOn, NoticeChannel.LETTER);
        if (kind == LetterKind.RECOVERY_DECISION) {
            recovery.noticeSent(postedOn.atStartOfDay(Now.HELSINKI).toInstant(), deadlines.rectificationDeadline(receipt));
        } else {
            recovery.rectificationNoticeSent(deadlines.appealDeadline(receipt));
        }
    }
}
