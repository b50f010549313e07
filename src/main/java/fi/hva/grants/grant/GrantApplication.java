package fi.hva.grants.grant;

import fi.hva.grants.association.Association;
import fi.hva.grants.call.GrantCall;
import fi.hva.grants.deadline.NoticeChannel;
import fi.hva.grants.lahella.ListingReason;
import fi.hva.grants.lahella.ListingStatus;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Entity
public class GrantApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String applicationNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "call_id")
    private GrantCall call;

    /** The register entry of the business id; the details below are those this application gave. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "association_id")
    private Association association;

    private String associationName;
    private String municipality;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;

    private boolean late;
    private String activityName;
    private String activityDescription;
    private String activityType;
    private String targetGroup;
    private String contentArea;
    private String hyteArea;
    private BigDecimal requestedAmount;
    private String iban;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private boolean partnershipGrantDeclared;
    private boolean municipalFundingDeclared;
    private boolean electronicNoticeConsent;
    private Instant electronicNoticeConsentAt;
    private String postalAddress;
    private Boolean declaredRegisteredAssociation;
    private Boolean declaredNonProfit;
    private Boolean declaredActivityWhollyForRegion;
    private Boolean declaredSeparateBookkeeping;

    @Enumerated(EnumType.STRING)
    private Eligibility eligibility;

    private String eligibilityReason;

    @Enumerated(EnumType.STRING)
    private ListingStatus listingStatus;

    private String listingUrl;

    @Enumerated(EnumType.STRING)
    private ListingReason listingReason;

    private String listingCheckedBy;
    private String reviewerGroup;
    private Boolean municipalActivity;
    private String reviewedBy;
    private Instant reviewedAt;
    private BigDecimal totalScore;
    private BigDecimal proposedAmount;
    private String proposalReasoning;

    @Enumerated(EnumType.STRING)
    private DecisionOutcome decisionOutcome;

    private BigDecimal decidedAmount;
    private String decisionReasoning;
    private String separateDecisionReference;
    private LocalDate separateDecidedOn;
    private LocalDate separateMinutesPublishedOn;
    private String processInstanceId;
    private Instant notifiedAt;

    @Enumerated(EnumType.STRING)
    private NoticeChannel noticeChannel;

    private LocalDate deemedReceivedOn;
    private LocalDate rectificationDeadline;
    private LocalDate finalOn;
    private Instant grantDeclinedAt;
    private LocalDate closedOn;

    @Version
    private int version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "application_id", nullable = false)
    private List<ApplicationScore> scores = new ArrayList<>();

    protected GrantApplication() {
    }

    public GrantApplication(String applicationNumber, GrantCall call, Association association,
                            ApplicationDetails form, Channel channel, Instant submittedAt) {
        this.applicationNumber = applicationNumber;
        this.call = call;
        this.association = association;
        this.channel = channel;
        this.submittedAt = submittedAt;
        this.late = call.hasClosedBy(submittedAt);
        this.status = late ? ApplicationStatus.LATE : ApplicationStatus.RECEIVED;
        this.associationName = form.associationName();
        this.municipality = form.municipality();
        this.activityName = form.activityName();
        this.activityDescription = form.activityDescription();
        this.activityType = form.activityType();
        this.targetGroup = form.targetGroup();
        this.contentArea = form.contentArea();
        this.hyteArea = form.hyteArea();
        this.requestedAmount = form.requestedAmount();
        this.iban = form.iban();
        this.contactName = form.contactName();
        this.contactEmail = form.contactEmail();
        this.contactPhone = form.contactPhone();
        this.partnershipGrantDeclared = form.partnershipGrantDeclared();
        this.municipalFundingDeclared = form.municipalFundingDeclared();
        this.electronicNoticeConsent = form.electronicNoticeConsent();
        this.electronicNoticeConsentAt = form.electronicNoticeConsent() ? submittedAt : null;
        this.postalAddress = form.postalAddress();
        this.declaredRegisteredAssociation = form.declarations().registeredAssociation();
        this.declaredNonProfit = form.declarations().nonProfit();
        this.declaredActivityWhollyForRegion = form.declarations().activityWhollyForRegion();
        this.declaredSeparateBookkeeping = form.declarations().separateBookkeeping();
    }

    public void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** The listing check's outcome; the reason is the adapter's, none when an officer checked by hand. */
    public void recordListing(ListingStatus status, String url, ListingReason reason, String checkedBy) {
        this.listingStatus = status;
        this.listingUrl = url;
        this.listingReason = reason;
        this.listingCheckedBy = checkedBy;
    }

    /**
     * The eligibility table's answer. An ineligible applicant is not reviewed: it goes to the call's decision proposal
     * with nothing proposed and the table's reason, so the decision body decides "ei myönnetä" with that reason.
     */
    public void recordEligibility(Eligibility eligibility, String reason) {
        this.eligibility = eligibility;
        this.eligibilityReason = reason;
        if (eligibility == Eligibility.INELIGIBLE) {
            this.proposedAmount = BigDecimal.ZERO;
            this.proposalReasoning = reason;
            this.status = ApplicationStatus.REVIEWED;
        }
    }

    public void route(String reviewerGroup, boolean municipalActivity) {
        this.reviewerGroup = reviewerGroup;
        this.municipalActivity = municipalActivity;
        this.status = ApplicationStatus.IN_REVIEW;
    }

    public void awaitInformation() {
        this.status = ApplicationStatus.AWAITING_INFO;
    }

    public void resumeReview() {
        this.status = ApplicationStatus.IN_REVIEW;
    }

    public void recordReview(String reviewer, Instant at, List<ApplicationScore> newScores,
                             BigDecimal proposedAmount, String reasoning) {
        this.reviewedBy = reviewer;
        this.reviewedAt = at;
        this.scores.clear();
        this.scores.addAll(newScores);
        this.totalScore = weightedScore(newScores);
        this.proposedAmount = proposedAmount;
        this.proposalReasoning = reasoning;
        this.status = ApplicationStatus.REVIEWED;
    }

    /** The decision proposal amends a single amount, e.g. to fit the appropriation. */
    public void amendProposal(BigDecimal amount, String reasoning) {
        this.proposedAmount = amount;
        this.proposalReasoning = reasoning;
    }

    public void decide(BigDecimal amount, String reasoning) {
        this.decidedAmount = late ? BigDecimal.ZERO : amount;
        this.decisionReasoning = reasoning;
        this.decisionOutcome = DecisionOutcome.of(late, requestedAmount, decidedAmount);
        this.status = ApplicationStatus.DECIDED;
    }

    /** A late application that arrived after the call was decided: the decision body's own decision leaves it unexamined. */
    public void decideSeparately(String reference, LocalDate decidedOn) {
        decide(BigDecimal.ZERO, null);
        this.separateDecisionReference = reference;
        this.separateDecidedOn = decidedOn;
    }

    /** The minutes' reference of the decision on this application: its own, or the call's. */
    public String decisionReference() {
        return separateDecisionReference != null ? separateDecisionReference : call.getBoardReference();
    }

    public LocalDate decidedOn() {
        return separateDecidedOn != null ? separateDecidedOn : call.getBoardDecidedOn();
    }

    /** Whether the application was decided apart from its call, in minutes of its own. */
    public boolean decidedSeparately() {
        return separateDecisionReference != null;
    }

    /** The minutes of the separate decision were published in the public data network. */
    public void recordSeparateMinutesPublication(LocalDate publishedOn) {
        this.separateMinutesPublishedOn = publishedOn;
    }

    /** When the minutes with the decision on this application were published, if they were. */
    public LocalDate minutesPublishedOn() {
        return decidedSeparately() ? separateMinutesPublishedOn : call.getMinutesPublishedOn();
    }

    /** The decision was sent; the statutory periods run from its deemed receipt. */
    public void recordNotice(Instant sentAt, NoticeChannel channel, LocalDate deemedReceipt, LocalDate deadline) {
        this.notifiedAt = sentAt;
        this.noticeChannel = channel;
        this.deemedReceivedOn = deemedReceipt;
        this.rectificationDeadline = deadline;
    }

    /** The decision body changed its decision on a rectification request. */
    public void amendDecision(BigDecimal amount, String reasoning) {
        this.decidedAmount = amount;
        this.decisionReasoning = reasoning;
        this.decisionOutcome = DecisionOutcome.of(late, requestedAmount, amount);
    }

    public void markFinal(LocalDate on) {
        this.finalOn = on;
    }

    /** Nothing is left to do in the case: the report was accepted or the recovery settled. */
    public void close(LocalDate on) {
        this.closedOn = on;
    }

    public void declineGrant(Instant at) {
        this.grantDeclinedAt = at;
    }

    /** The amount that counts against the appropriation in the proposal. */
    public BigDecimal proposedOrZero() {
        return late || proposedAmount == null ? BigDecimal.ZERO : proposedAmount;
    }

    private static BigDecimal weightedScore(List<ApplicationScore> scores) {
        int weights = scores.stream().mapToInt(ApplicationScore::getWeight).sum();
        if (weights == 0) {
            return null;
        }
        int weighted = scores.stream().mapToInt(s -> s.getScore() * s.getWeight()).sum();
        return BigDecimal.valueOf(weighted).divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
    }

    public Long getId() {
        return id;
    }

    public String getApplicationNumber() {
        return applicationNumber;
    }

    public GrantCall getCall() {
        return call;
    }

    public Association getAssociation() {
        return association;
    }

    /** The association's name as this application gave it; letters, mail and payments of the case use it. */
    public String getAssociationName() {
        return associationName;
    }

    /** The association's registered office (kotipaikka) as this application gave it. */
    public String getMunicipality() {
        return municipality;
    }

    public Channel getChannel() {
        return channel;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public boolean isLate() {
        return late;
    }

    public String getActivityName() {
        return activityName;
    }

    public String getActivityDescription() {
        return activityDescription;
    }

    public String getActivityType() {
        return activityType;
    }

    public String getTargetGroup() {
        return targetGroup;
    }

    public String getContentArea() {
        return contentArea;
    }

    public String getHyteArea() {
        return hyteArea;
    }

    public BigDecimal getRequestedAmount() {
        return requestedAmount;
    }

    public String getIban() {
        return iban;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public boolean isPartnershipGrantDeclared() {
        return partnershipGrantDeclared;
    }

    public boolean isMunicipalFundingDeclared() {
        return municipalFundingDeclared;
    }

    public EligibilityDeclarations getDeclarations() {
        return new EligibilityDeclarations(declaredRegisteredAssociation, declaredNonProfit, declaredActivityWhollyForRegion,
                declaredSeparateBookkeeping);
    }

    public Eligibility getEligibility() {
        return eligibility;
    }

    public String getEligibilityReason() {
        return eligibilityReason;
    }

    public ListingStatus getListingStatus() {
        return listingStatus;
    }

    public String getListingUrl() {
        return listingUrl;
    }

    public ListingReason getListingReason() {
        return listingReason;
    }

    public String getListingCheckedBy() {
        return listingCheckedBy;
    }

    public String getReviewerGroup() {
        return reviewerGroup;
    }

    public Boolean getMunicipalActivity() {
        return municipalActivity;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public BigDecimal getTotalScore() {
        return totalScore;
    }

    public BigDecimal getProposedAmount() {
        return proposedAmount;
    }

    public String getProposalReasoning() {
        return proposalReasoning;
    }

    public DecisionOutcome getDecisionOutcome() {
        return decisionOutcome;
    }

    public BigDecimal getDecidedAmount() {
        return decidedAmount;
    }

    public String getDecisionReasoning() {
        return decisionReasoning;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getNotifiedAt() {
        return notifiedAt;
    }

    /** The channel the applicant chose: e-mail only with consent to electronic notice (hallintolaki 19 §). */
    public NoticeChannel noticeChannelChosen() {
        return electronicNoticeConsent ? NoticeChannel.EMAIL : NoticeChannel.LETTER;
    }

    public Instant getElectronicNoticeConsentAt() {
        return electronicNoticeConsentAt;
    }

    public String getPostalAddress() {
        return postalAddress;
    }

    public NoticeChannel getNoticeChannel() {
        return noticeChannel;
    }

    public LocalDate getDeemedReceivedOn() {
        return deemedReceivedOn;
    }

    public LocalDate getRectificationDeadline() {
        return rectificationDeadline;
    }

    public LocalDate getFinalOn() {
        return finalOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public Instant getGrantDeclinedAt() {
        return grantDeclinedAt;
    }

    public List<ApplicationScore> getScores() {
        return List.copyOf(scores);
    }
}
