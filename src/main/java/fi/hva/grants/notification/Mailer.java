package fi.hva.grants.notification;

import fi.hva.grants.common.Now;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends mail to associations and records every mail in {@code sent_mail}.
 *
 * <p>The record comes first because it is what the officers rely on: the list of what was sent to
 * whom and when, the sending date starting the statutory count to deemed receipt. It also lets the
 * demo run without a mail server ({@code grants.mail.deliver=false}). Delivery comes last in the
 * transaction, so when the SMTP server refuses the mail the record rolls back with the caller's
 * Camunda job, which retries and finally ends as an incident. What remains is a commit failing after
 * delivery, where the retry may send the mail twice; a duplicate is better than a record of a mail
 * that never left.
 *
 * <p>The mail sender is optional because Spring Boot creates it only when {@code spring.mail.host}
 * is set, and a system that only records mail needs none.
 */
@Service
public class Mailer {

    private final ObjectProvider<JavaMailSender> senders;
    private final SentMailRepository sentMails;
    private final NotificationProperties properties;

    Mailer(ObjectProvider<JavaMailSender> senders, SentMailRepository sentMails,
            NotificationProperties properties) {
        this.senders = senders;
        this.sentMails = sentMails;
        this.properties = properties;
    }

    /**
     * Records the mail and, when delivery is on, hands it to the SMTP server.
     *
     * @throws IllegalArgumentException if the recipient is not a valid address
     * @throws MailDeliveryException if the SMTP server does not take the mail
     * @throws IllegalStateException if delivery is on but no SMTP server is configured
     */
    @Transactional
    public SentMail send(Mail mail) {
        InternetAddress recipient = recipientAddress(mail.recipient());
        String attachmentName = mail.attachment() == null ? null : mail.attachment().fileName();
        // Flushed before delivery so that a row the database refuses stops the mail from leaving.
        SentMail sent = sentMails.saveAndFlush(new SentMail(mail.applicationId(), mail.recipient(), mail.subject(),
                mail.body(), attachmentName, Now.instant()));
        if (properties.deliver()) {
            deliver(mail, recipient, sent.getSentAt());
        }
        return sent;
    }

    private static InternetAddress recipientAddress(String recipient) {
        try {
            return new InternetAddress(recipient, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException(
                    "Invalid recipient address '" + recipient + "': " + e.getMessage(), e);
        }
    }

    private void deliver(Mail mail, InternetAddress recipient, Instant sentAt) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("Mail delivery is on but no SMTP server is configured:"
                    + " set spring.mail.host, or set grants.mail.deliver=false to only record mail");
        }
        try {
            sender.send(message(sender, mail, recipient, sentAt));
        } catch (MailException | MessagingException e) {
            throw new MailDeliveryException("Could not send the mail '" + mail.subject() + "' of application "
                    + mail.applicationId() + ": " + e.getMessage(), e);
        }
    }

    private MimeMessage message(JavaMailSender sender, Mail mail, InternetAddress recipient, Instant sentAt)
            throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        Attachment attachment = mail.attachment();
        int multipartMode = attachment == null
                ? MimeMessageHelper.MULTIPART_MODE_NO
                : MimeMessageHelper.MULTIPART_MODE_MIXED;
        MimeMessageHelper helper = new MimeMessageHelper(message, multipartMode, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.from());
        helper.setTo(recipient);
        helper.setSubject(mail.subject());
        helper.setSentDate(Date.from(sentAt));
        helper.setText(mail.body());
        if (attachment != null) {
            helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
                    attachment.contentType());
        }
        return message;
    }
}
