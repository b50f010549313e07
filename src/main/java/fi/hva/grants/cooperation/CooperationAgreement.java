package fi.hva.grants.cooperation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A cooperation agreement or letter of intent with an association, without money: its parties and
 * period, the terms and responsibilities, the decision body's approval, the signatures, the
 * reminders before review, renewals and the end.
 */
@Entity
class CooperationAgreement {

    public enum Status { DRAFT, IN_APPROVAL, RETURNED, APPROVED, IN_FORCE, ENDING, ENDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String agreementNumber;
    private String processInstanceId;

    @Enumerated(EnumType.STRING)
    private AgreementKind kind;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String associationName;
    private String businessId;
    private String contactEmail;
    private String subject;
    private String countyContact;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private Instant createdAt;

    private String terms;
    private String associationResponsibilities;
    private String countyResponsibilities;
    private String preparedBy;
    private Instant preparedAt;

    private String approvalNotes;
    private String boardReference;
    private LocalDate approvedOn;
    private String approvalRecordedBy;

    private LocalDate signedByAssociationOn;
    private LocalDate signedByCountyOn;

    private Instant reviewReminderSentAt;
    private int renewals;
    private String continuationNotes;
    private String continuationDecidedBy;
    private LocalDate endedOn;

    protected CooperationAgreement() {
    }

    CooperationAgreement(String agreementNumber, AgreementKind kind, String associationName, String businessId,
                                String contactEmail, String subject, String countyContact, LocalDate startsOn,
                                LocalDate endsOn, Instant createdAt) {
        this.agreementNumber = agreementNumber;
        this.kind = kind;
        this.associationName = associationName;
        this.businessId = businessId;
        this.contactEmail = contactEmail;
        this.subject = subject;
        this.countyContact = countyContact;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.createdAt = createdAt;
        this.status = Status.DRAFT;
    }

    public void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void prepare(String terms, String associationResponsibilities, String countyResponsibilities, String by, Instant at) {
        this.terms = terms;
        this.associationResponsibilities = associationResponsibilities;
        this.countyResponsibilities = countyResponsibilities;
        this.preparedBy = by;
        this.preparedAt = at;
        this.status = Status.IN_APPROVAL;
    }

    void approve(String reference, LocalDate on, String notes, String by) {
        this.boardReference = reference;
        this.approvedOn = on;
        this.approvalNotes = notes;
        this.approvalRecordedBy = by;
        this.status = Status.APPROVED;
    }

    void returnToDraft(String notes, String by) {
        this.approvalNotes = notes;
        this.approvalRecordedBy = by;
        this.status = Status.RETURNED;
    }

    void sign(LocalDate byAssociation, LocalDate byCounty) {
        this.signedByAssociationOn = byAssociation;
        this.signedByCountyOn = byCounty;
        this.status = Status.IN_FORCE;
    }

    void reviewReminderSent(Instant at) {
        this.reviewReminderSentAt = at;
    }

    void renew(LocalDate newEnd, String notes, String by) {
        this.endsOn = newEnd;
        this.renewals++;
        this.continuationNotes = notes;
        this.continuationDecidedBy = by;
        this.status = Status.IN_FORCE;
    }

    void decideToEnd(String notes, String by) {
        this.continuationNotes = notes;
        this.continuationDecidedBy = by;
        this.status = Status.ENDING;
    }

    void end(LocalDate on) {
        this.endedOn = on;
        this.status = Status.ENDED;
    }

    public Long getId() { return id; }
    public String getAgreementNumber() { return agreementNumber; }
    public String getProcessInstanceId() { return processInstanceId; }
    public AgreementKind getKind() { return kind; }
    public Status getStatus() { return status; }
    public String getAssociationName() { return associationName; }
    public String getBusinessId() { return businessId; }
    public String getContactEmail() { return contactEmail; }
    public String getSubject() { return subject; }
    public String getCountyContact() { return countyContact; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public Instant getCreatedAt() { return createdAt; }
    public String getTerms() { return terms; }
    public String getAssociationResponsibilities() { return associationResponsibilities; }
    public String getCountyResponsibilities() { return countyResponsibilities; }
    public String getPreparedBy() { return preparedBy; }
    public Instant getPreparedAt() { return preparedAt; }
    public String getApprovalNotes() { return approvalNotes; }
    public String getBoardReference() { return boardReference; }
    public LocalDate getApprovedOn() { return approvedOn; }
    public String getApprovalRecordedBy() { return approvalRecordedBy; }
    public LocalDate getSignedByAssociationOn() { return signedByAssociationOn; }
    public LocalDate getSignedByCountyOn() { return signedByCountyOn; }
    public Instant getReviewReminderSentAt() { return reviewReminderSentAt; }
    public int getRenewals() { return renewals; }
    public String getContinuationNotes() { return continuationNotes; }
    public String getContinuationDecidedBy() { return continuationDecidedBy; }
    public LocalDate getEndedOn() { return endedOn; }
}
