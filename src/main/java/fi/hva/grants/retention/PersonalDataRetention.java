package fi.hva.grants.retention;

import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import fi.hva.grants.grant.ApplicationFormFields;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
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
 * Plain SQL, because the job touches many rows of closed cases and no domain rule; every node runs it, a second run
 * finds nothing left.
 */
@Component
class PersonalDataRetention {

    private static final Logger LOG = LoggerFactory.getLogger(PersonalDataRetention.class);

    /** Where the case ended: closed after the report or recovery, or final with nothing to pay. */
    private static final String CLOSED_BEFORE = """
            (closed_on < ? or (closed_on is null and final_on < ?
                and (decided_amount is null or decided_amount = 0 or grant_declined_at is not null)))""";

    static final List<String> CONTACT_VARIABLES = List.of(ApplicationFormFields.CONTACT_NAME, ApplicationFormFields.CONTACT_EMAIL,
            ApplicationFormFields.CONTACT_PHONE, ApplicationFormFields.POSTAL_ADDRESS);

    private final JdbcTemplate jdbc;
    private final HistoryService historyService;
    private final RetentionProperties properties;
    private final Messages messages;

    PersonalDataRetention(JdbcTemplate jdbc, HistoryService historyService, RetentionProperties properties, Messages messages) {
        this.jdbc = jdbc;
        this.historyService = historyService;
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
        List<CaseRow> cases = jdbc.query("select id, application_number from grant_application where contact_details_removed_on is null and "
                + CLOSED_BEFORE, (row, n) -> new CaseRow(row.getLong(1), row.getString(2)), day, day);
        for (CaseRow closed : cases) {
            jdbc.update("""
                    update grant_application set contact_name = '', contact_email = '', contact_phone = null, postal_address = null,
                        contact_details_removed_on = ? where id = ?""", Date.valueOf(today), closed.id());
            jdbc.update("update sent_mail set recipient = '' where application_id = ?", closed.id());
            deleteContactVariables(closed.applicationNumber());
        }
        return cases.size();
    }

    /**
     * The application form's fields are process variables too, and the engine keeps the history of a finished case for
     * the models' historyTimeToLive (five years); the contact fields go from there with the rest.
     */
    private void deleteContactVariables(String applicationNumber) {
        String[] instances = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(applicationNumber)
                .finished().list().stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
        if (instances.length == 0) {
            return;
        }
        historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(instances)
                .variableNameIn(CONTACT_VARIABLES.toArray(String[]::new)).list().stream()
                .map(HistoricVariableInstance::getId).forEach(historyService::deleteHistoricVariableInstance);
    }

    private record CaseRow(long id, String applicationNumber) {
    }
}
