package fi.hva.grants.applicant;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the associations' e-service.
 *
 * @param signIn how applicants sign in: {@code suomifi} (Suomi.fi e-Identification and e-Authorizations, the default)
 *        or {@code magic-link} (a link mailed to the contact person; the demo, or until the county's Suomi.fi contract is in force)
 * @param baseUrl the public address of the application, used in the sign-in links mailed to applicants
 * @param magicLinkValidity how long a mailed sign-in link works, default 30 minutes; it works once
 * @param sessionValidity how long a signed-in applicant stays signed in, default 8 hours
 * @param signInRetention how long expired sign-in links and sessions are kept (who signed in when, for looking into
 *        misuse) before the nightly cleanup deletes them with their e-mail addresses, default 90 days
 * @param maxBodySize the largest JSON body accepted, default 64 KB (attachments have their own limit)
 * @param rateLimit the request limits of one address and one association
 */
@ConfigurationProperties(prefix = "grants.applicant")
public record ApplicantProperties(
        @DefaultValue("suomifi") SignInMode signIn,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("30m") Duration magicLinkValidity,
        @DefaultValue("8h") Duration sessionValidity,
        @DefaultValue("90d") Duration signInRetention,
        @DefaultValue("64KB") DataSize maxBodySize,
        @DefaultValue RateLimit rateLimit) {

    /** The applicant's way in; a county runs one of them. */
    public enum SignInMode {
        SUOMIFI("suomifi"), MAGIC_LINK("magic-link");

        private final String code;

        SignInMode(String code) {
            this.code = code;
        }

        /** The name in the settings and in the page's {@code GET /api/applicant/sign-in}. */
        public String code() {
            return code;
        }
    }

    /**
     * @param perAddressPerMinute submissions and sign-in requests from one IP address in a minute, default 30
     * @param perAssociationPerHour submissions of one association (business id) in an hour, default 20
     * @param signInsPerEmailPerHour sign-in links mailed to one address in an hour, default 5
     */
    public record RateLimit(
            @DefaultValue("30") int perAddressPerMinute,
            @DefaultValue("20") int perAssociationPerHour,
            @DefaultValue("5") int signInsPerEmailPerHour) {
    }
}
