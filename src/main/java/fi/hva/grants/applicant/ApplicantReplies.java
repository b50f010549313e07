package fi.hva.grants.applicant;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import fi.hva.grants.common.Problems;
import fi.hva.grants.decision.RectificationRequests;
import fi.hva.grants.grant.ApplicationStatus;
import fi.hva.grants.grant.GrantApplication;
import fi.hva.grants.grant.GrantDeclines;
import fi.hva.grants.grant.InfoRequests;
import fi.hva.grants.report.Recoveries;
import fi.hva.grants.report.RecoveryRectifications;
import fi.hva.grants.report.UseReports;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The association's answers in a running case, received the same way as when an officer records
 * them: the same messages and the same domain services. Each is checked first and nothing is
 * recorded or correlated when the case is not waiting for it.
 */
@Service
public class ApplicantReplies {

    /** The longest text any of the answers' columns holds. */
    static final int MAX_TEXT = 4000;

    private final ApplicantCases cases;
    private final GrantDeclines declines;
    private final InfoRequests infoRequests;
    private final UseReports useReports;
    private final RectificationRequests rectifications;
    private final Recoveries recoveries;
    private final RecoveryRectifications recoveryRectifications;
    private final Messages messages;

    ApplicantReplies(ApplicantCases cases, GrantDeclines declines, InfoRequests infoRequests, UseReports useReports,
                     RectificationRequests rectifications, Recoveries recoveries, RecoveryRectifications recoveryRectifications,
                     Messages messages) {
        this.cases = cases;
        this.declines = declines;
        this.infoRequests = infoRequests;
        this.useReports = useReports;
        this.rectifications = rectifications;
        this.recoveries = recoveries;
        this.recoveryRectifications = recoveryRectifications;
        this.messages = messages;
    }

    @Transactional
    public GrantApplication answerInfoRequest(Applicant applicant, String applicationNumber, String answer) {
        GrantApplication application = cases.own(applicant, applicationNumber);
        String text = checkedText(answer, "applicant.answer.required");
        if (application.getStatus() != ApplicationStatus.AWAITING_INFO) {
            throw new InvalidInputException(List.of(messages.get("applicant.answer.notRequested", application.getApplicationNumber())));
        }
        infoRequests.receiveAnswer(application, text);
        return application;
    }

    @Transactional
    public GrantApplication declineGrant(Applicant applicant, String applicationNumber) {
        GrantApplication application = cases.own(applicant, applicationNumber);
        declines.decline(application);
        return application;
    }

    @Transactional
    public GrantApplication reportUse(Applicant applicant, String applicationNumber, BigDecimal usedAmount, String content) {
        GrantApplication application = cases.own(applicant, applicationNumber);
        Problems problems = new Problems(messages);
        BigDecimal granted = application.getDecidedAmount() == null ? BigDecimal.ZERO : application.getDecidedAmount();
        problems.addIf(usedAmount != null && (usedAmount.scale() > 2 || usedAmount.compareTo(granted) > 0),
                "applicant.usedAmount.invalid", Messages.euros(granted));
        problems.addIf(content != null && content.length() > MAX_TEXT, "applicant.text.tooLong", MAX_TEXT);
        problems.throwIfAny();
        useReports.receive(application.getApplicationNumber(), usedAmount, content, Now.instant());
        return application;
    }

    /** The association's response (vastine) to the recovery hearing, received by the same service as one an officer records. */
    @Transactional
    public GrantApplication respondToHearing(Applicant applicant, String applicationNumber, String response) {
        GrantApplication application = cases.own(applicant, applicationNumber);
        recoveries.respond(application.getApplicationNumber(), checkedText(response, "recovery.response.required"));
        return application;
    }

    @Transactional
    public GrantApplication requestRectification(Applicant applicant, String applicationNumber, String content) {
        GrantApplication application = cases.own(applicant, applicationNumber);
        if (content != null && content.length() > MAX_TEXT) {
            throw new InvalidInputException(List.of(messages.get("applicant.text.tooLong", MAX_TEXT)));
        }
        // Once a recovery decision was served, a request is against it (kept and dismissed when late), not the grant decision long final.
        if (recoveryRectifications.served(application.getId())) {
            recoveryRectifications.request(application.getApplicationNumber(), content, Now.instant());
        } else {
            rectifications.receive(application.getApplicationNumber(), content, Now.instant());
        }
        return application;
    }

    private String checkedText(String value, String requiredKey) {
        String text = FormValues.text(value);
        Problems problems = new Problems(messages);
        problems.addIf(text == null, requiredKey);
        problems.addIf(text != null && text.length() > MAX_TEXT, "applicant.text.tooLong", MAX_TEXT);
        problems.throwIfAny();
        return text;
    }
}
