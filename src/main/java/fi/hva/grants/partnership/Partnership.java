package fi.hva.grants.partnership;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A partnership grant with one association for one externally funded project: the initiative, the
 * preliminary assessment, the external funding decision, the agreement and its end.
 */
@Entity
public class Partnership {

    public enum Status {
        INITIATED, NEGOTIATING, AWAITING_FUNDING, DRAFTED, IN_APPROVAL, APPROVED, IN_FORCE, COMPLETED,
        REJECTED, WITHDRAWN, FUNDING_DENIED, FUNDING_MISSING, NOT_APPROVED, LAPSED, TERMINATED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String partnershipNumber;
    private String processInstanceId;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Enumerated(EnumType.STRING)
    private Initiator initiatedBy;

    private String associationName;
    private String businessId;
    private String contactEmail;
    private String iban;
    private String projectName;
    private String projectDescription;

    @Enumerated(EnumType.STRING)
    private ExternalFunder externalFunder;

    private int firstYear;
    private int lastYear;
    private BigDecimal yearlyMaximum;
    private LocalDate receivedOn;
    private Instant createdAt;

    private String criteriaMet;
    private String assessmentNotes;
    private String assessedBy;

    private Boolean fundingGranted;
    private LocalDate fundingDecidedOn;
    private String fundingReference;
    private String fundingNotes;

    @Basic(fetch = FetchType.LAZY)
    private byte[] draftPdf;
    private Instant draftedAt;
    private String draftNotes;
    private String draftApprovedBy;

    private String boardReference;
    private LocalDate boardDecidedOn;
    private String boardRecordedBy;

    private LocalDate signedByAssociationOn;
    private LocalDate signedByCountyOn;

    private LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    private EndReason endReason;
    private String endNotes;

    private Instant finalReportReceivedAt;
    private String finalReport;
    private String finalReportCheckedBy;
    private String finalReportNotes;

    protected Partnership() {
    }

    Partnership(String partnershipNumber, Initiative initiative, Instant createdAt) {
        this.partnershipNumber = partnershipNumber;
        this.status = Status.INITIATED;
        this.initiatedBy = initiative.initiatedBy();
        this.associationName = initiative.associationName();
        this.businessId = initiative.businessId();
        this.contactEmail = initiative.contactEmail();
        this.iban = initiative.iban();
        this.projectName = initiative.projectName();
        this.projectDescription = initiative.projectDescription();
        this.externalFunder = initiative.externalFunder();
        this.firstYear = initiative.firstYear();
        this.lastYear = initiative.lastYear();
        this.yearlyMaximum = initiative.yearlyMaximum();
        this.receivedOn = initiative.receivedOn();
        this.createdAt = createdAt;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** The assessment is recorded and negotiation may start; the DMN table then decides eligibility. */
    void assess(String criteriaMet, String notes, String by) {
        this.criteriaMet = criteriaMet;
        this.assessmentNotes = notes;
        this.assessedBy = by;
        this.status = Status.NEGOTIATING;
    }

    void reject() {
        this.status = Status.REJECTED;
    }

    void negotiationEnded(NegotiationRound.Outcome outcome) {
        this.status = switch (outcome) {
            case CONTINUE -> Status.NEGOTIATING;
            case AGREED -> Status.AWAITING_FUNDING;
            case WITHDRAWN -> Status.WITHDRAWN;
        };
    }

    void fundingDecided(boolean granted, LocalDate on, String reference, String notes) {
        this.fundingGranted = granted;
        this.fundingDecidedOn = on;
        this.fundingReference = reference;
        this.fundingNotes = notes;
        if (!granted) {
            this.status = Status.FUNDING_DENIED;
        }
    }

    void fundingMissing() {
        this.status = Status.FUNDING_MISSING;
    }

    void drafted(byte[] pdf, Instant at) {
        this.draftPdf = pdf;
        this.draftedAt = at;
        this.status = Status.DRAFTED;
    }

    void draftApproved(String notes, String by) {
        this.draftNotes = notes;
        this.draftApprovedBy = by;
        this.status = Status.IN_APPROVAL;
    }

    void draftReturned(String notes, String by) {
        this.draftNotes = notes;
        this.draftApprovedBy = by;
        this.status = Status.NEGOTIATING;
    }

    void boardDecided(boolean approved, String reference, LocalDate on, BigDecimal yearlyMaximum, String by) {
        this.boardReference = reference;
        this.boardDecidedOn = on;
        this.boardRecordedBy = by;
        if (approved) {
            this.yearlyMaximum = yearlyMaximum;
            this.status = Status.APPROVED;
        } else {
            this.status = Status.NOT_APPROVED;
        }
    }

    void signed(LocalDate byAssociation, LocalDate byCounty) {
        this.signedByAssociationOn = byAssociation;
        this.signedByCountyOn = byCounty;
        this.status = Status.IN_FORCE;
    }

    void end(Status finalStatus, LocalDate on, EndReason reason, String notes) {
        this.status = finalStatus;
        this.endedOn = on;
        this.endReason = reason;
        this.endNotes = notes;
    }

    void finalReportReceived(String report, Instant at) {
        this.finalReport = report;
        this.finalReportReceivedAt = at;
    }

    /** The final report closes the agreement; a lapsed agreement keeps its status and reason. */
    void finalReportChecked(String notes, String by, LocalDate on) {
        this.finalReportNotes = notes;
        this.finalReportCheckedBy = by;
        if (status == Status.IN_FORCE) {
            end(Status.COMPLETED, on, EndReason.PERIOD_ENDED, null);
        }
    }

    public boolean isInForce() {
        return status == Status.IN_FORCE;
    }

    public Long getId() {
        return id;
    }

    public String getPartnershipNumber() {
        return partnershipNumber;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Status getStatus() {
        return status;
    }

    public Initiator getInitiatedBy() {
        return initiatedBy;
    }

    public String getAssociationName() {
        return associationName;
    }

    public String getBusinessId() {
        return businessId;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getIban() {
        return iban;
    }

    public String getProjectName() {
        return projectName;
    }

    public String getProjectDescription() {
        return projectDescription;
    }

    public ExternalFunder getExternalFunder() {
        return externalFunder;
    }

    public int getFirstYear() {
        return firstYear;
    }

    public int getLastYear() {
        return lastYear;
    }

    public BigDecimal getYearlyMaximum() {
        return yearlyMaximum;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCriteriaMet() {
        return criteriaMet;
    }

    public String getAssessedBy() {
        return assessedBy;
    }

    public String getAssessmentNotes() {
        return assessmentNotes;
    }

    public Boolean getFundingGranted() {
        return fundingGranted;
    }

    public LocalDate getFundingDecidedOn() {
        return fundingDecidedOn;
    }

    public String getFundingReference() {
        return fundingReference;
    }

    public byte[] getDraftPdf() {
        return draftPdf;
    }

    public Instant getDraftedAt() {
        return draftedAt;
    }

    public String getDraftNotes() {
        return draftNotes;
    }

    public String getBoardReference() {
        return boardReference;
    }

    public LocalDate getBoardDecidedOn() {
        return boardDecidedOn;
    }

    public LocalDate getSignedByAssociationOn() {
        return signedByAssociationOn;
    }

    public LocalDate getSignedByCountyOn() {
        return signedByCountyOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public EndReason getEndReason() {
        return endReason;
    }

    public String getEndNotes() {
        return endNotes;
    }

    public String getFinalReport() {
        return finalReport;
    }

    public Instant getFinalReportReceivedAt() {
        return finalReportReceivedAt;
    }

    public String getFinalReportNotes() {
        return finalReportNotes;
    }
}
