package fi.hva.grants.payment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One instalment of a payout case (an operating grant or a year of a partnership agreement), from its
 * due date through the payment batch to paid.
 */
@Entity
public class Payment {

    public enum Status { SCHEDULED, READY, IN_BATCH, PAID, FAILED, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String caseNumber;
    private String payeeName;

    @Enumerated(EnumType.STRING)
    private PaymentPurpose purpose;

    private Long applicationId;
    private Long partnershipYearId;
    private int instalment;
    private int instalmentCount;
    private BigDecimal amount;
    private String iban;
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Long batchId;
    private String failureReason;
    private LocalDate paidOn;

    protected Payment() {
    }

    public Payment(PayoutCase payoutCase, int instalment, int instalmentCount, BigDecimal amount, LocalDate dueOn) {
        this.caseNumber = payoutCase.caseNumber();
        this.payeeName = payoutCase.payeeName();
        this.purpose = payoutCase.purpose();
        this.applicationId = payoutCase.applicationId();
        this.partnershipYearId = payoutCase.partnershipYearId();
        this.instalment = instalment;
        this.instalmentCount = instalmentCount;
        this.amount = amount;
        this.iban = payoutCase.iban();
        this.dueOn = dueOn;
        this.status = Status.SCHEDULED;
    }

    public void markReady() {
        this.status = Status.READY;
    }

    public void addTo(Long batchId) {
        this.batchId = batchId;
        this.status = Status.IN_BATCH;
    }

    public void paid(LocalDate on) {
        this.status = Status.PAID;
        this.paidOn = on;
        this.failureReason = null;
    }

    public void failed(String reason) {
        this.status = Status.FAILED;
        this.failureReason = reason;
    }

    /** The liaison officer corrected the account; the payment goes into the next batch. */
    public void correct(String newIban) {
        this.iban = newIban;
        this.batchId = null;
        this.status = Status.READY;
    }

    public void cancel() {
        this.status = Status.CANCELLED;
    }

    /** The end-to-end id in the payment file, and the reference finance reports failures with. */
    public String reference() {
        return caseNumber + "-" + instalment;
    }

    public Long getId() {
        return id;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getPayeeName() {
        return payeeName;
    }

    public PaymentPurpose getPurpose() {
        return purpose;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public Long getPartnershipYearId() {
        return partnershipYearId;
    }

    public int getInstalment() {
        return instalment;
    }

    public int getInstalmentCount() {
        return instalmentCount;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getIban() {
        return iban;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Status getStatus() {
        return status;
    }

    public Long getBatchId() {
        return batchId;
    }

    public String getFailureReason() {
        return failureReason;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }
}
