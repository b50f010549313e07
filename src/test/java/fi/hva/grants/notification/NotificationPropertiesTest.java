package fi.hva.grants.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class NotificationPropertiesTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(NotificationConfiguration.class);

    @Test
    void deliversFromTheDefaultAddressUnlessConfigured() {
        runner.run(context -> {
            NotificationProperties properties = context.getBean(NotificationProperties.class);
            assertThat(properties.deliver()).isTrue();
            assertThat(properties.from()).isEqualTo("jarjestoavustukset@example.fi");
        });
    }

    @Test
    void bindsTheConfiguredSettings() {
        runner.withPropertyValues("grants.mail.deliver=false", "grants.mail.from=kirjaamo@hyvinvointialue.fi")
                .run(context -> {
                    NotificationProperties properties = context.getBean(NotificationProperties.class);
                    assertThat(properties.deliver()).isFalse();
                    assertThat(properties.from()).isEqualTo("kirjaamo@hyvinvointialue.fi");
                });
    }
}
