package fi.hva.grants.retention;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long personal data is kept, as the county's information management plan (tiedonohjaussuunnitelma) sets it; ISO-8601
 * periods in {@code grants.retention}. Periods of a case's data run from the day the case closed.
 *
 * @param signIns        expired sign-in links and sessions (used by the applicant e-service's own cleanup)
 * @param sentMail       the body of mail sent to associations, from the day it was sent
 * @param attachments    the files an application brought, from the day its case closed
 * @param contactDetails the contact person's name, e-mail, phone and postal address, from the day the case closed
 */
@ConfigurationProperties(prefix = "grants.retention")
public record RetentionProperties(
        @DefaultValue("P90D") Duration signIns,
        @DefaultValue("P2Y") Period sentMail,
        @DefaultValue("P6Y") Period attachments,
        @DefaultValue("P2Y") Period contactDetails) {
}
