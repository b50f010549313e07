package fi.hva.grants.payment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** The payments finance takes to the bank in one go, with the files made for it. */
@Entity
public class PaymentBatch {

    public enum Status { OPEN, CONFIRMED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant createdAt;
    private LocalDate executionDate;

    @Enumerated(EnumType.STRING)
    private Status status;

    private byte[] sepaFile;
    private byte[] csvFile;
    private String confirmedBy;
    private Instant confirmedAt;

    protected PaymentBatch() {
    }

    public PaymentBatch(Instant createdAt, LocalDate executionDate) {
        this.createdAt = createdAt;
        this.executionDate = executionDate;
        this.status = Status.OPEN;
    }

    public void attachFiles(byte[] sepa, byte[] csv) {
        this.sepaFile = sepa;
        this.csvFile = csv;
    }

    public void confirm(String by, Instant at) {
        this.confirmedBy = by;
        this.confirmedAt = at;
        this.status = Status.CONFIRMED;
    }

    /**
     * The message id of the SEPA file. Banks refuse an id they have seen, so it carries the date
     * besides the batch number: databases restored or run side by side would repeat bare numbers.
     */
    public String messageId() {
        return "AVUSTUS-" + java.time.format.DateTimeFormatter.BASIC_ISO_DATE.format(executionDate) + "-" + id;
    }

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public LocalDate getExecutionDate() {
        return executionDate;
    }

    public Status getStatus() {
        return status;
    }

    public byte[] getSepaFile() {
        return sepaFile;
    }

    public byte[] getCsvFile() {
        return csvFile;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }
}
