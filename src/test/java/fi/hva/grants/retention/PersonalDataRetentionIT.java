package fi.hva.grants.retention;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hva.grants.association.Association;
import fi.hva.grants.association.AssociationRepository;
import fi.hva.grants.call.CallDetails;
import fi.hva.grants.call.GrantCall;
import fi.hva.grants.call.GrantCallRepository;
import fi.hva.grants.common.GrantType;
import fi.hva.grants.common.Now;
import fi.hva.grants.grant.ApplicationAttachment;
import fi.hva.grants.grant.ApplicationAttachmentRepository;
import fi.hva.grants.grant.ApplicationDetails;
import fi.hva.grants.grant.AttachmentKind;
import fi.hva.grants.grant.Channel;
import fi.hva.grants.grant.GrantApplication;
import fi.hva.grants.grant.GrantApplicationRepository;
import fi.hva.grants.notification.SentMail;
import fi.hva.grants.notification.SentMailRepository;
import fi.hva.grants.process.ProcessTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the nightly retention job removes and what it keeps, with the engine clock set to 15.6.2031 and the default
 * periods (contact details and sent mail two years, attachments six years).
 */
@ProcessTest
class PersonalDataRetentionIT {

    static final Instant NOW = LocalDate.of(2031, 6, 15).atTime(LocalTime.NOON).atZone(Now.HELSINKI).toInstant();

    @Autowired PersonalDataRetention retention;
    @Autowired RetentionProperties properties;
    @Autowired fi.hva.grants.applicant.ApplicantProperties applicantProperties;
    @Autowired GrantCallRepository calls;
    @Autowired AssociationRepository associations;
    @Autowired GrantApplicationRepository applications;
    @Autowired ApplicationAttachmentRepository attachments;
    @Autowired SentMailRepository mails;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theConfiguredPeriodsAreReadAndTheSignInCleanupUsesTheirs() {
        assertThat(properties.contactDetails()).isEqualTo(java.time.Period.ofYears(2));
        assertThat(properties.sentMail()).isEqualTo(java.time.Period.ofYears(2));
        assertThat(properties.attachments()).isEqualTo(java.time.Period.ofYears(6));
        assertThat(properties.signIns()).isEqualTo(java.time.Duration.ofDays(90));
        assertThat(applicantProperties.signInRetention()).isEqualTo(properties.signIns());
    }

    @Test
    void closedCasesLoseContactDetailsAndAttachmentsAfterTheirPeriodsAndOldMailItsText() {
        GrantCall call = call("RT-2025");
        GrantApplication longClosed = application(call, 1, "5000", LocalDate.of(2024, 1, 10), LocalDate.of(2025, 6, 1));
        GrantApplication closedOverTwoYears = application(call, 2, "5000", LocalDate.of(2024, 1, 10), LocalDate.of(2029, 6, 1));
        GrantApplication recentlyClosed = application(call, 3, "5000", LocalDate.of(2024, 1, 10), LocalDate.of(2029, 7, 1));
        GrantApplication stillRunning = application(call, 4, "5000", LocalDate.of(2020, 1, 10), null);
        GrantApplication refusedLongAgo = application(call, 5, "0", LocalDate.of(2020, 1, 10), null);
        List<GrantApplication> all = List.of(longClosed, closedOverTwoYears, recentlyClosed, stillRunning, refusedLongAgo);
        all.forEach(this::attach);
        SentMail oldToClosed = mail(longClosed, LocalDate.of(2029, 6, 10));
        SentMail oldToRunning = mail(stillRunning, LocalDate.of(2029, 6, 10));
        SentMail recentToRunning = mail(stillRunning, LocalDate.of(2029, 6, 20));
        ClockUtil.setCurrentTime(Date.from(NOW));

        retention.apply();

        assertThat(contactEmail(longClosed)).isEmpty();
        assertThat(contactEmail(closedOverTwoYears)).isEmpty();
        assertThat(contactEmail(refusedLongAgo)).isEmpty();
        assertThat(jdbc.queryForMap("select contact_name, contact_phone, postal_address, contact_details_removed_on from grant_application where id = ?",
                longClosed.getId())).containsEntry("CONTACT_NAME", "").containsEntry("CONTACT_PHONE", null)
                .containsEntry("POSTAL_ADDRESS", null).containsEntry("CONTACT_DETAILS_REMOVED_ON", java.sql.Date.valueOf("2031-06-15"));
        assertThat(contactEmail(recentlyClosed)).isEqualTo("yhteys3@example.fi");
        assertThat(contactEmail(stillRunning)).isEqualTo("yhteys4@example.fi");
        assertThat(jdbc.queryForObject("select association_name from grant_application where id = ?", String.class, longClosed.getId()))
                .isEqualTo("Säilytys 1 ry");

        assertThat(attachmentCount(longClosed)).isZero();
        assertThat(attachmentCount(refusedLongAgo)).isZero();
        assertThat(attachmentCount(closedOverTwoYears)).isEqualTo(1);
        assertThat(attachmentCount(recentlyClosed)).isEqualTo(1);
        assertThat(attachmentCount(stillRunning)).isEqualTo(1);

        SentMail closedMail = mails.findById(oldToClosed.getId()).orElseThrow();
        assertThat(closedMail.getBody()).isEqualTo("Viestin sisältö on poistettu säilytysajan päätyttyä.");
        assertThat(closedMail.getRecipient()).isEmpty();
        assertThat(closedMail.getSubject()).isEqualTo("Päätös");
        SentMail runningMail = mails.findById(oldToRunning.getId()).orElseThrow();
        assertThat(runningMail.getBody()).isEqualTo("Viestin sisältö on poistettu säilytysajan päätyttyä.");
        assertThat(runningMail.getRecipient()).isEqualTo("yhteys4@example.fi");
        assertThat(mails.findById(recentToRunning.getId()).orElseThrow().getBody()).isEqualTo("Hei, päätös on liitteenä.");

        retention.apply();
        assertThat(jdbc.queryForObject("select contact_details_removed_on from grant_application where id = ?", java.sql.Date.class,
                longClosed.getId())).isEqualTo(java.sql.Date.valueOf("2031-06-15"));
    }

    private String contactEmail(GrantApplication application) {
        return jdbc.queryForObject("select contact_email from grant_application where id = ?", String.class, application.getId());
    }

    private int attachmentCount(GrantApplication application) {
        return jdbc.queryForObject("select count(*) from application_attachment where application_id = ?", Integer.class, application.getId());
    }

    private GrantCall call(String code) {
        GrantCall call = new GrantCall(code, GrantType.OPERATING, 2024);
        call.describe(new CallDetails("Säilytyksen testihaku", new BigDecimal("100000"), new BigDecimal("20000"),
                noon(LocalDate.of(2023, 11, 1)), noon(LocalDate.of(2023, 12, 1)), LocalDate.of(2025, 3, 31), 1,
                List.of(), List.of(), List.of()));
        return calls.save(call);
    }

    private GrantApplication application(GrantCall call, int number, String amount, LocalDate finalOn, LocalDate closedOn) {
        String businessId = "92000" + number + "0-" + number;
        Association association = associations.save(new Association(businessId, "Säilytys " + number + " ry", "Kajaani",
                "yhdistys@example.fi", "FI21 1234 5600 0007 85"));
        ApplicationDetails form = new ApplicationDetails(call.getCode(), businessId, "Säilytys " + number + " ry", "Kajaani",
                "Yhteys Henkilö " + number, "yhteys" + number + "@example.fi", "040 000 000" + number, "FI21 1234 5600 0007 85",
                "Toiminta " + number, "Kuvaus", "PEER_SUPPORT", "WORKING_AGE", "EVERYDAY_FUNCTIONING", "PARTICIPATION",
                new BigDecimal("10000"), false, false, false, "Katu " + number + ", 87100 Kajaani", LocalDate.of(2023, 11, 20), false);
        GrantApplication application = new GrantApplication(call.getCode() + "-" + number, call, association, form, Channel.ELECTRONIC,
                noon(LocalDate.of(2023, 11, 20)));
        application.decide(new BigDecimal(amount), "Perustelu");
        application.markFinal(finalOn);
        if (closedOn != null) {
            application.close(closedOn);
        }
        return applications.save(application);
    }

    private void attach(GrantApplication application) {
        attachments.save(new ApplicationAttachment(application.getId(), AttachmentKind.BUDGET, "talousarvio.pdf", "application/pdf",
                "%PDF-1.4".getBytes(StandardCharsets.US_ASCII), noon(LocalDate.of(2023, 11, 20))));
    }

    private SentMail mail(GrantApplication application, LocalDate sentOn) {
        return mails.save(new SentMail(application.getId(), application.getContactEmail(), "Päätös", "Hei, päätös on liitteenä.",
                null, noon(sentOn)));
    }

    private static Instant noon(LocalDate day) {
        return day.atTime(LocalTime.NOON).atZone(Now.HELSINKI).toInstant();
    }
}
