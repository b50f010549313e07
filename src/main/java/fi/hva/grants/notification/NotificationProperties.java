package fi.hva.grants.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of outgoing mail. The SMTP server itself is configured with the standard
 * {@code spring.mail.*} properties.
 *
 * @param deliver whether mail is handed to the SMTP server, default {@code true}; with {@code false}
 *     mail is only recorded, so the demo shows the officers what would have been sent without a mail server
 * @param from the sender address, default {@value #DEFAULT_FROM}
 */
@ConfigurationProperties(prefix = "grants.mail")
public record NotificationProperties(
        @DefaultValue("true") boolean deliver,
        @DefaultValue(DEFAULT_FROM) String from) {

    public static final String DEFAULT_FROM = "jarjestoavustukset@example.fi";
}
