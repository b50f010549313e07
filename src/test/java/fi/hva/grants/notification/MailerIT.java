package fi.hva.grants.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.mail.MailException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application against a GreenMail SMTP server, with delivery on although the test profile
 * turns it off. The test itself runs outside any transaction, so every call goes through the
 * transaction of {@link Mailer#send} as a Camunda job's would.
 */
@SpringBootTest(properties = "grants.mail.deliver=true")
@ActiveProfiles("test")
class MailerIT {

    private static final ServerSetup SMTP = TestSmtp.onFreePort();
    private static final AtomicInteger APPLICATIONS = new AtomicInteger();
    private static final byte[] PDF = "%PDF-1.7 päätös".getBytes(StandardCharsets.UTF_8);

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(SMTP);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> TestSmtp.HOST);
        registry.add("spring.mail.port", SMTP::getPort);
    }

    @Autowired
    Mailer mailer;

    @Autowired
    SentMailRepository sentMails;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void emptyTheRecord() {
        sentMails.deleteAll();
    }

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void deliversTheMailWithItsAttachmentAndRecordsIt() throws Exception {
        Instant now = Instant.parse("2026-03-02T08:15:30Z");
        ClockUtil.setCurrentTime(Date.from(now));
        long applicationId = newApplication();

        SentMail sent = mailer.send(new Mail(applicationId, "hallitus@yhdistys.fi",
                "Päätös järjestöavustuksesta", "Hyvä hakija,\nliitteenä on päätös. Älkää vastatko tähän viestiin.",
                new Attachment("Päätös 2026-0001.pdf", "application/pdf", PDF)));

        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage message = received[0];
        assertThat(message.getSubject()).isEqualTo("Päätös järjestöavustuksesta");
        assertThat(message.getFrom()).containsExactly(new InternetAddress(NotificationProperties.DEFAULT_FROM));
        assertThat(message.getRecipients(Message.RecipientType.TO))
                .containsExactly(new InternetAddress("hallitus@yhdistys.fi"));
        assertThat(message.getSentDate()).isEqualTo(Date.from(now));
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        BodyPart text = parts.getBodyPart(0);
        assertThat(text.isMimeType("text/plain")).isTrue();
        // Mail travels with CRLF line ends whatever the body used.
        assertThat(text.getContent()).isEqualTo("Hyvä hakija,\r\nliitteenä on päätös. Älkää vastatko tähän viestiin.");
        BodyPart attachment = parts.getBodyPart(1);
        assertThat(attachment.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(attachment.getFileName()).isEqualTo("Päätös 2026-0001.pdf");
        assertThat(attachment.isMimeType("application/pdf")).isTrue();
        assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(PDF);

        assertThat(sentMails.findByApplicationIdOrderBySentAt(applicationId)).singleElement().satisfies(row -> {
            assertThat(row.getId()).isEqualTo(sent.getId());
            assertThat(row.getRecipient()).isEqualTo("hallitus@yhdistys.fi");
            assertThat(row.getSubject()).isEqualTo("Päätös järjestöavustuksesta");
            assertThat(row.getBody()).isEqualTo("Hyvä hakija,\nliitteenä on päätös. Älkää vastatko tähän viestiin.");
            assertThat(row.getAttachmentName()).isEqualTo("Päätös 2026-0001.pdf");
            assertThat(row.getSentAt()).isEqualTo(now);
        });
    }

    @Test
    void mailWithoutAttachmentIsPlainText() throws Exception {
        mailer.send(new Mail(null, "kirjaamo@yhdistys.fi", "Hakemus vastaanotettu", "Kiitos hakemuksesta.", null));

        MimeMessage message = greenMail.getReceivedMessages()[0];
        assertThat(message.isMimeType("text/plain")).isTrue();
        assertThat(message.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(message.getContent()).isEqualTo("Kiitos hakemuksesta.");
        assertThat(sentMails.findAll()).singleElement().satisfies(row -> {
            assertThat(row.getApplicationId()).isNull();
            assertThat(row.getAttachmentName()).isNull();
        });
    }

    @Test
    void listsTheMailsOfAnApplicationInSendingOrder() {
        long applicationId = newApplication();
        long otherApplicationId = newApplication();
        Instant first = Instant.parse("2026-03-02T08:00:00Z");
        ClockUtil.setCurrentTime(Date.from(first.plus(1, ChronoUnit.DAYS)));
        mailer.send(new Mail(applicationId, "a@yhdistys.fi", "Toinen", "Toinen viesti.", null));
        mailer.send(new Mail(otherApplicationId, "b@yhdistys.fi", "Muu", "Toisen hakemuksen viesti.", null));
        ClockUtil.setCurrentTime(Date.from(first));
        mailer.send(new Mail(applicationId, "a@yhdistys.fi", "Ensimmäinen", "Ensimmäinen viesti.", null));

        assertThat(sentMails.findByApplicationIdOrderBySentAt(applicationId))
                .extracting(SentMail::getSubject)
                .containsExactly("Ensimmäinen", "Toinen");
    }

    @Test
    void smtpFailureThrowsAndLeavesNoRecord() {
        greenMail.stop();

        assertThatThrownBy(() -> mailer.send(
                        new Mail(null, "hallitus@yhdistys.fi", "Päätös", "Päätös on liitteenä.", null)))
                .isInstanceOf(MailDeliveryException.class)
                .hasCauseInstanceOf(MailException.class)
                .hasMessageContaining("Päätös");
        assertThat(sentMails.count()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hallitus", "hallitus@", "hallitus@@yhdistys.fi", "hallitus@yhdistys .fi",
            "a@yhdistys.fi, b@yhdistys.fi", "a@yhdistys.fi\r\nBcc: b@yhdistys.fi"})
    void invalidRecipientIsRefusedWithoutRecord(String recipient) {
        assertThatThrownBy(() -> mailer.send(new Mail(null, recipient, "Päätös", "Päätös on liitteenä.", null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid recipient address");
        assertThat(sentMails.count()).isZero();
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void settingsAreOneBean() {
        assertThat(context.getBeansOfType(NotificationProperties.class).values()).singleElement()
                .satisfies(properties -> assertThat(properties.deliver()).isTrue());
    }

    private long newApplication() {
        int n = APPLICATIONS.incrementAndGet();
        OffsetDateTime now = OffsetDateTime.now();
        long associationId = insert("association", Map.of(
                "business_id", String.format("%07d-%d", n, n % 10),
                "name", "Testiyhdistys " + n + " ry",
                "created_at", now));
        long callId = insert("grant_call", Map.of(
                "code", "MAIL-" + n,
                "grant_form", "GENERAL",
                "grant_year", 2026,
                "status", "OPEN",
                "created_at", now));
        Map<String, Object> application = new HashMap<>(Map.of(
                "application_number", "MAIL-" + n,
                "call_id", callId,
                "association_id", associationId,
                "channel", "ONLINE",
                "submitted_at", now,
                "status", "SUBMITTED",
                "late", false,
                "activity_name", "Kerhotoiminta",
                "activity_description", "Viikoittainen kerho.",
                "activity_type", "GROUP"));
        application.putAll(Map.of(
                "target_group", "ADULTS",
                "content_area", "SOCIAL",
                "hyte_area", "INCLUSION",
                "requested_amount", new BigDecimal("1000.00"),
                "iban", "FI2112345600000785",
                "contact_name", "Matti Meikäläinen",
                "contact_email", "hallitus@yhdistys.fi",
                "partnership_grant_declared", false,
                "municipal_funding_declared", false));
        application.putAll(Map.of("association_name", "Yhdistys ry", "municipality", "Kajaani"));
        return insert("grant_application", application);
    }

    private long insert(String table, Map<String, ?> values) {
        return new SimpleJdbcInsert(jdbc).withTableName(table)
                .usingColumns(values.keySet().toArray(String[]::new))
                .usingGeneratedKeyColumns("id")
                .executeAndReturnKey(Map.copyOf(values)).longValue();
    }
}
