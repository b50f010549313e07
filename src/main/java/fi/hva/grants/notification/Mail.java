package fi.hva.grants.notification;

import java.util.Objects;

/**
 * A plain-text mail to one recipient, with at most one attachment.
 *
 * @param applicationId the application the mail concerns, or {@code null} for mail outside any application
 * @param recipient the recipient's address; {@link Mailer} checks its syntax
 * @param subject the subject, in the applicant's language
 * @param body the plain-text body
 * @param attachment the attachment, or {@code null}
 */
public record Mail(Long applicationId, String recipient, String subject, String body, Attachment attachment) {

    public Mail {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
