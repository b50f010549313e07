package fi.hva.grants.retention;

import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes or anonymises applicants' personal data when its retention period ({@link RetentionProperties}) has run out.
 * A case is closed when nothing is left to do in it: the report was accepted or the recovery settled, or its decision
 * became final without money to pay (refused, or the grant declined). What the county must keep stays: the decision,
 * the amounts, the association's name and account, and that a message was sent, to whom and when.
 * The engine never records the form's contact fields in its history ({@code process.ProcessStateHistoryLevel}), so our
 * tables are the only place to clean. Plain SQL, because the job touches many rows of closed cases and no domain rule;
 * every node runs it, a second run finds nothing left.
 */
@Component
class PersonalDataRetention {

    private static final Logger LOG = LoggerFactory.getLogger(PersonalDataRetention.class);

    /** Where the case ended: closed after the report or recovery, or final with nothing to pay. */
    private static final String CLOSED_BEFORE = """
            (closed_on < ? or (closed_on is null and final_on < ?
                and (decided_amount is null or decided_amount = 0 or grant_declined_at is not null)))""";

    private final JdbcTemplate jdbc;
    private final RetentionProperties properties;
    private final Messages messages;

    PersonalDataRetention(JdbcTemplate jdbc, RetentionProperties properties, Messages messages) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.messages = messages;
    }

    @Scheduled(cron = "${grants.retention.cleanup:0 45 3 * * *}", zone = "Europe/Helsinki")
    @Transactional
    public void apply() {
        Instant now = Now.instant();
        LocalDate today = LocalDate.ofInstant(now, Now.HELSINKI);
        int mail = removeMailBodies(today.minus(properties.sentMail()));
        int files = deleteAttachments(today.minus(properties.attachments()));
        int contacts = anonymiseContacts(today.minus(properties.contactDetails()), today);
        LOG.info("Retention: removed the bodies of {} sent messages, {} attachments, and the contact details of {} closed cases",
                mail, files, contacts);
    }

    private int removeMailBodies(LocalDate sentBefore) {
        String removed = messages.get("retention.mailBodyRemoved");
        return jdbc.update("update sent_mail set body = ? where sent_at < ? and body <> ?",
                removed, Timestamp.from(sentBefore.atStartOfDay(Now.HELSINKI).toInstant()), removed);
    }

    private int deleteAttachments(LocalDate closedBefore) {
        Date day = Date.valueOf(closedBefore);
        return jdbc.update("delete from application_attachment where application_id in (select id from grant_application where "
                + CLOSED_BEFORE + ")", day, day);
    }

    private int anonymiseContacts(LocalDate closedBefore, LocalDate today) {
        Date day = Date.valueOf(closedBefore);
        List<Long> cases = jdbc.queryForList("select id from grant_application where contact_details_removed_on is null and "
                + CLOSED_BEFORE, Long.class, day, day);
        for (Long closed : cases) {
            jdbc.update("""
                    update grant_application set contact_name = '', contact_email = '', contact_phone = null, postal_address = null,
                        contact_details_removed_on = ? where id = ?""", Date.valueOf(today), closed);
            jdbc.update("update sent_mail set recipient = '' where application_id = ?", closed);
        }
        return cases.size();
    }
}
