package fi.hva.grants.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * A mail sent to an association, as the officers see it in the case. The sending time matters
 * legally: the statutory deemed receipt of a notice is counted from it.
 */
@Entity
public class SentMail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long applicationId;
    private String recipient;
    private String subject;
    private String body;
    private String attachmentName;
    private Instant sentAt;

    protected SentMail() {
    }

    public SentMail(Long applicationId, String recipient, String subject, String body, String attachmentName,
            Instant sentAt) {
        this.applicationId = applicationId;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.attachmentName = attachmentName;
        this.sentAt = sentAt;
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getAttachmentName() {
        return attachmentName;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
