package fi.hva.grants.security.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hva.grants.security.OfficerLoginProperties;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** Production logs officers in through the county's single sign-on; only the demo profile has local users by default. */
class OfficerLoginModesTest {

    @Test
    void productionDefaultIsSingleSignOnAndTheDemoKeepsLocalUsers() throws IOException {
        assertThat(login("application.yml")).isEqualTo("oidc");
        assertThat(login("application-demo.yml")).isEqualTo("local");
        assertThat(login("application-postgres.yml")).isNull();
    }

    @Test
    void aModeNotKnownStopsTheStartInsteadOfLeavingEngineRestOpen() {
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of("grants.officers.login", "oidcc")));

        assertThatThrownBy(() -> binder.bind("grants.officers", OfficerLoginProperties.class)).isInstanceOf(BindException.class);
        assertThat(new Binder(new MapConfigurationPropertySource(Map.of("grants.officers.login", "local")))
                .bind("grants.officers", OfficerLoginProperties.class).get().login()).isEqualTo(OfficerLoginProperties.Login.LOCAL);
    }

    private static Object login(String file) throws IOException {
        PropertySource<?> source = new YamlPropertySourceLoader().load(file, new ClassPathResource(file)).get(0);
        return source.getProperty("grants.officers.login");
    }
}
