package fi.hva.grants.partnership;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One year of a partnership agreement: the county budget's confirmation, the instalment and the annual report. */
@Entity
public class PartnershipYear {

    public enum Status { AWAITING_BUDGET, BUDGET_APPROVED, CONFIRMED, REPORTED, COMPLETED, LAPSED, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long partnershipId;
    private int agreementYear;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String budgetReference;
    private LocalDate budgetApprovedOn;
    private BigDecimal confirmedAmount;
    private String confirmationNotes;
    private String confirmedBy;
    private Instant reportReceivedAt;
    private String report;
    private String reportCheckedBy;
    private Boolean reportAccepted;
    private String reportNotes;

    protected PartnershipYear() {
    }

    PartnershipYear(Long partnershipId, int agreementYear) {
        this.partnershipId = partnershipId;
        this.agreementYear = agreementYear;
        this.status = Status.AWAITING_BUDGET;
    }

    void budgetApproved(String reference, LocalDate on) {
        this.budgetReference = reference;
        this.budgetApprovedOn = on;
        this.status = Status.BUDGET_APPROVED;
    }

    void confirm(BigDecimal amount, String notes, String by) {
        this.confirmedAmount = amount;
        this.confirmationNotes = notes;
        this.confirmedBy = by;
        this.status = Status.CONFIRMED;
    }

    void lapse(String notes, String by) {
        this.confirmationNotes = notes;
        this.confirmedBy = by;
        this.status = Status.LAPSED;
    }

    void reportReceived(String report, Instant at) {
        this.report = report;
        this.reportReceivedAt = at;
        this.status = Status.REPORTED;
    }

    void reportChecked(boolean accepted, String notes, String by) {
        this.reportAccepted = accepted;
        this.reportNotes = notes;
        this.reportCheckedBy = by;
        this.status = Status.COMPLETED;
    }

    /**
     * The agreement ended early or lapsed: a year not yet confirmed is cancelled, and so is a confirmed year
     * none of whose money was paid or sent to the bank, since its instalment was just cancelled. A year whose
     * money went out stays as it is: the final report accounts for it.
     */
    void endWithAgreement(boolean moneyPaidOrSent) {
        boolean open = status == Status.AWAITING_BUDGET || status == Status.BUDGET_APPROVED;
        if (open || status == Status.CONFIRMED && !moneyPaidOrSent) {
            this.status = Status.CANCELLED;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getPartnershipId() {
        return partnershipId;
    }

    public int getAgreementYear() {
        return agreementYear;
    }

    public Status getStatus() {
        return status;
    }

    public String getBudgetReference() {
        return budgetReference;
    }

    public LocalDate getBudgetApprovedOn() {
        return budgetApprovedOn;
    }

    public BigDecimal getConfirmedAmount() {
        return confirmedAmount;
    }

    public String getConfirmationNotes() {
        return confirmationNotes;
    }

    public Instant getReportReceivedAt() {
        return reportReceivedAt;
    }

    public String getReport() {
        return report;
    }

    public Boolean getReportAccepted() {
        return reportAccepted;
    }

    public String getReportNotes() {
        return reportNotes;
    }
}
