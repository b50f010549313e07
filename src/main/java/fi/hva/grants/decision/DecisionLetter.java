package fi.hva.grants.decision;

import fi.hva.grants.decision.letter.LetterKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** A decision letter as it was sent, kept with the application, and when and where the registry office posted it. */
@Entity
public class DecisionLetter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long applicationId;

    @Enumerated(EnumType.STRING)
    private LetterKind kind;

    private String fileName;
    private byte[] content;
    private Instant createdAt;
    private LocalDate postedOn;
    private String postedBy;
    private String postedTo;

    protected DecisionLetter() {
    }

    public DecisionLetter(Long applicationId, LetterKind kind, String fileName, byte[] content, Instant createdAt) {
        this.applicationId = applicationId;
        this.kind = kind;
        this.fileName = fileName;
        this.content = content;
        this.createdAt = createdAt;
    }

    /** The registry office posted the letter to the address the application gave. */
    void posted(LocalDate on, String by, String to) {
        this.postedOn = on;
        this.postedBy = by;
        this.postedTo = to;
    }

    public LocalDate getPostedOn() {
        return postedOn;
    }

    public String getPostedBy() {
        return postedBy;
    }

    public String getPostedTo() {
        return postedTo;
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public LetterKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public byte[] getContent() {
        return content;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
