package fi.hva.grants.notification;

/** The SMTP server did not take a mail. Unchecked so that the Camunda job retries and ends as an incident. */
public class MailDeliveryException extends RuntimeException {

    public MailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
