package fi.hva.grants.decision;

import fi.hva.grants.call.GrantCall;
import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import fi.hva.grants.common.Problems;
import fi.hva.grants.decision.letter.DecisionLetterContent;
import fi.hva.grants.decision.letter.DecisionLetterRenderer;
import fi.hva.grants.decision.letter.LetterContacts;
import fi.hva.grants.decision.letter.LetterKind;
import fi.hva.grants.decision.letter.RecoveryDecision;
import fi.hva.grants.grant.Applications;
import fi.hva.grants.grant.GrantApplication;
import fi.hva.grants.region.RegionLetters;
import fi.hva.grants.region.RegionProperties;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Makes the decision letters from the application and the decisions on it, and keeps them. */
@Service
public class DecisionLetters {

    private final Applications applications;
    private final DecisionLetterRepository repository;
    private final RectificationRequests rectifications;
    private final DecisionLetterRenderer renderer;
    private final RegionProperties region;
    private final RegionLetters regionLetters;
    private final Messages messages;

    DecisionLetters(Applications applications, DecisionLetterRepository repository, RectificationRequests rectifications,
                    DecisionLetterRenderer renderer, RegionProperties region, RegionLetters regionLetters, Messages messages) {
        this.applications = applications;
        this.repository = repository;
        this.rectifications = rectifications;
        this.renderer = renderer;
        this.region = region;
        this.regionLetters = regionLetters;
        this.messages = messages;
    }

    @Transactional
    DecisionLetter create(long applicationId, LetterKind kind) {
        GrantApplication application = applications.get(applicationId);
        return save(application, contentOf(application, kind, null));
    }

    @Transactional
    public DecisionLetter createRecoveryLetter(long applicationId, LetterKind kind, RecoveryDecision recovery) {
        GrantApplication application = applications.get(applicationId);
        return save(application, contentOf(application, kind, recovery));
    }

    private DecisionLetter save(GrantApplication application, DecisionLetterContent content) {
        return repository.save(new DecisionLetter(application.getId(), content.kind(),
                renderer.fileName(content), renderer.render(content), Now.instant()));
    }

    /**
     * The registry office posted the latest letter of the kind on {@code postedOn} to the application's address. A
     * posting day before the letter was made, or in the future, is refused and keeps the task open.
     */
    @Transactional
    public void recordPosting(GrantApplication application, LetterKind kind, LocalDate postedOn, String postedBy) {
        DecisionLetter letter = latest(application.getId(), kind);
        LocalDate made = LocalDate.ofInstant(letter.getCreatedAt(), Now.HELSINKI);
        Problems problems = new Problems(messages);
        problems.addIf(postedOn == null, "letterPosting.postedOn.required");
        problems.addIf(postedOn != null && (postedOn.isAfter(LocalDate.ofInstant(Now.instant(), Now.HELSINKI)) || postedOn.isBefore(made)),
                "letterPosting.postedOn.invalid", Messages.DATE.format(made));
        problems.throwIfAny();
        letter.posted(postedOn, postedBy, application.getPostalAddress());
    }

    @Transactional(readOnly = true)
    public DecisionLetter latest(Long applicationId, LetterKind kind) {
        return repository.findFirstByApplicationIdAndKindOrderByCreatedAtDesc(applicationId, kind)
                .orElseThrow(() -> new IllegalStateException("No " + kind + " letter for application " + applicationId));
    }


    private DecisionLetterContent contentOf(GrantApplication a, LetterKind kind, RecoveryDecision recovery) {
        GrantCall call = a.getCall();
        boolean rectification = kind == LetterKind.RECTIFICATION_DECISION;
        RectificationRequest answered = rectification ? rectifications.decided(a.getId()) : null;
        return new DecisionLetterContent(
                region.name(),
                region.decisionBody(),
                kind,
                a.getApplicationNumber(),
                call.getName(),
                call.getCode(),
                call.getGrantYear(),
                a.getAssociationName(),
                a.getAssociation().getBusinessId(),
                a.getContactName(),
                a.getDecisionOutcome(),
                a.getRequestedAmount(),
                a.getDecidedAmount(),
                rectification ? answered.getReasoning() : a.getDecisionReasoning(),
                rectification ? answered.getBoardReference() : a.decisionReference(),
                rectification ? answered.getDecidedOn() : a.decidedOn(),
                call.getReportDeadline(),
                LocalDate.of(call.getGrantYear(), 12, 31),
                region.administrativeCourt(),
                contacts(),
                LocalDate.ofInstant(Now.instant(), Now.HELSINKI),
                recovery);
    }

    private LetterContacts contacts() {
        RegionLetters settings = regionLetters.requireComplete();
        return new LetterContacts(
                settings.information().name(),
                settings.information().title(),
                settings.information().phone(),
                settings.information().email(),
                settings.rectification().postalAddress(),
                settings.rectification().email(),
                settings.court().postalAddress(),
                settings.court().email(),
                settings.interestMarginPoints());
    }
}
