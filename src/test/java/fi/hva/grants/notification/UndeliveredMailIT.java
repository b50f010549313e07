package fi.hva.grants.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With delivery off, as in the demo, mail is recorded but never reaches the SMTP server, even one that is there. */
@SpringBootTest(properties = "grants.mail.deliver=false")
@ActiveProfiles("test")
class UndeliveredMailIT {

    private static final ServerSetup SMTP = TestSmtp.onFreePort();

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

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void mailIsRecordedButNotDelivered() {
        Instant now = Instant.parse("2026-03-02T08:15:30Z");
        ClockUtil.setCurrentTime(Date.from(now));

        SentMail sent = mailer.send(new Mail(null, "hallitus@yhdistys.fi", "Päätös järjestöavustuksesta",
                "Päätös on liitteenä.", new Attachment("päätös.pdf", "application/pdf", new byte[] {1, 2})));

        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(sentMails.findById(sent.getId())).get().satisfies(row -> {
            assertThat(row.getRecipient()).isEqualTo("hallitus@yhdistys.fi");
            assertThat(row.getSubject()).isEqualTo("Päätös järjestöavustuksesta");
            assertThat(row.getAttachmentName()).isEqualTo("päätös.pdf");
            assertThat(row.getSentAt()).isEqualTo(now);
        });
    }
}
