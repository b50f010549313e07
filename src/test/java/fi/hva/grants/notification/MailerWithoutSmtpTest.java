package fi.hva.grants.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

/** Spring Boot creates no mail sender without {@code spring.mail.host}, which is how the demo runs. */
class MailerWithoutSmtpTest {

    private final ObjectProvider<JavaMailSender> noSender =
            new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);
    private final SentMailRepository sentMails = mock(SentMailRepository.class);
    private final Mail mail = new Mail(null, "hallitus@yhdistys.fi", "Päätös", "Päätös on liitteenä.", null);

    @BeforeEach
    void repositoryReturnsWhatItSaves() {
        when(sentMails.saveAndFlush(any())).thenAnswer(invocation -> invocation.getArgument(0));
    }

    @Test
    void onlyRecordingNeedsNoMailServer() {
        Mailer mailer = new Mailer(noSender, sentMails, new NotificationProperties(false, "a@example.fi"));

        assertThat(mailer.send(mail).getSubject()).isEqualTo("Päätös");
    }

    @Test
    void deliveringWithoutMailServerIsAConfigurationError() {
        Mailer mailer = new Mailer(noSender, sentMails, new NotificationProperties(true, "a@example.fi"));

        assertThatThrownBy(() -> mailer.send(mail))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("spring.mail.host");
    }
}
