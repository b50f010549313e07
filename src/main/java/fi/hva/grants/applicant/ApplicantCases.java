package fi.hva.grants.applicant;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.common.Messages;
import fi.hva.grants.decision.DecisionLetter;
import fi.hva.grants.decision.DecisionLetterRepository;
import fi.hva.grants.grant.AttachmentInfo;
import fi.hva.grants.grant.Attachments;
import fi.hva.grants.grant.GrantApplication;
import fi.hva.grants.grant.InfoRequestRepository;
import fi.hva.grants.notification.SentMailRepository;
import fi.hva.grants.report.Recoveries;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a signed-in applicant may read: their association's applications that {@link Applicant#follows} lets them follow. */
@Service
class ApplicantCases {

    /** The API's status of a case with nothing left to do; the application itself stays DECIDED. */
    static final String CLOSED = "CLOSED";

    private final ApplicantApplicationRepository applications;
    private final InfoRequestRepository infoRequests;
    private final Attachments attachments;
    private final DecisionLetterRepository letters;
    private final SentMailRepository mails;
    private final Recoveries recoveries;
    private final Messages messages;

    ApplicantCases(ApplicantApplicationRepository applications, InfoRequestRepository infoRequests,
                          Attachments attachments, DecisionLetterRepository letters, SentMailRepository mails,
                          Recoveries recoveries, Messages messages) {
        this.applications = applications;
        this.infoRequests = infoRequests;
        this.attachments = attachments;
        this.letters = letters;
        this.mails = mails;
        this.recoveries = recoveries;
        this.messages = messages;
    }

    /** The applicant's own application; any other number is "not found", whether or not it exists. */
    @Transactional(readOnly = true)
    public GrantApplication own(Applicant applicant, String applicationNumber) {
        String number = FormValues.text(applicationNumber);
        return applications.findByApplicationNumberAndAssociationBusinessId(number == null ? "" : number, applicant.businessId())
                .filter(a -> applicant.follows(a.getAssociation().getBusinessId(), a.getContactEmail()))
                .orElseThrow(() -> new ApplicationNotFoundException(applicationNumber));
    }

    @Transactional(readOnly = true)
    public List<ApplicationView> list(Applicant applicant) {
        return applications.findByAssociationBusinessIdOrderBySubmittedAtDesc(applicant.businessId()).stream()
                .filter(a -> applicant.follows(a.getAssociation().getBusinessId(), a.getContactEmail()))
                .map(a -> view(a, false)).toList();
    }

    @Transactional(readOnly = true)
    public ApplicationView read(Applicant applicant, String applicationNumber) {
        return view(own(applicant, applicationNumber), true);
    }

    @Transactional(readOnly = true)
    public ApplicationView summary(GrantApplication application) {
        return view(applications.findById(application.getId()).orElseThrow(), false);
    }

    @Transactional(readOnly = true)
    public DecisionLetter letter(Applicant applicant, String applicationNumber, long letterId) {
        GrantApplication application = own(applicant, applicationNumber);
        return letters.findById(letterId)
                .filter(letter -> letter.getApplicationId().equals(application.getId()))
                .orElseThrow(() -> new ApplicationNotFoundException(applicationNumber));
    }

    private ApplicationView view(GrantApplication a, boolean details) {
        return new ApplicationView(a.getApplicationNumber(), a.getCall().getCode(), a.getCall().getName(), a.getActivityName(),
                a.getChannel().name(), a.getSubmittedAt(), a.getClosedOn() != null ? CLOSED : a.getStatus().name(), statusText(a),
                a.getRequestedAmount(), a.getDecisionOutcome() == null ? null : a.getDecisionOutcome().name(),
                a.getDecidedAmount(), a.getRectificationDeadline(), a.getFinalOn(), a.getClosedOn(), a.getGrantDeclinedAt(),
                a.getCall().getReportDeadline(), recoveries.responseAwaitedUntil(a.getId()).orElse(null),
                details ? infoRequests.findByApplicationIdOrderByRequestedAt(a.getId()).stream()
                        .map(r -> new ApplicationView.InfoRequestView(r.getRequestedAt(), r.getQuestion(), r.getDeadline(),
                                r.getStatus().name(), r.getAnswer())).toList() : null,
                details ? attachments.of(a.getId()).stream().map(ApplicantCases::attachment).toList() : null,
                details ? letters.findByApplicationIdOrderByCreatedAt(a.getId()).stream()
                        .map(l -> new ApplicationView.LetterView(l.getId(), l.getKind().name(), l.getFileName(), l.getCreatedAt()))
                        .toList() : null,
                details ? mails.findByApplicationIdOrderBySentAt(a.getId()).stream()
                        .map(m -> new ApplicationView.MessageView(m.getSentAt(), m.getSubject(), m.getBody())).toList() : null);
    }

    private String statusText(GrantApplication a) {
        if (a.getClosedOn() != null) {
            return messages.get("applicant.status.CLOSED");
        }
        if (a.getGrantDeclinedAt() != null) {
            return messages.get("applicant.status.DECLINED");
        }
        return messages.label("applicant.status", a.getStatus());
    }

    private static ApplicationView.AttachmentView attachment(AttachmentInfo file) {
        return new ApplicationView.AttachmentView(file.getId(), file.getKind().name(), file.getFileName(), file.getContentType(),
                file.getSizeBytes(), file.getUploadedAt());
    }
}
