package fi.hva.grants.applicant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** Production signs applicants in through Suomi.fi; the demo profile, which has no Suomi.fi contract, by magic link. */
class SignInModeConfigurationTest {

    @Test
    void productionUsesSuomiFi() throws IOException {
        assertThat(mode("application.yml")).isEqualTo(ApplicantProperties.SignInMode.SUOMIFI);
    }

    @Test
    void theDemoUsesTheMagicLink() throws IOException {
        assertThat(mode("application.yml", "application-demo.yml")).isEqualTo(ApplicantProperties.SignInMode.MAGIC_LINK);
    }

    /** The mode the files give, the later ones overriding the earlier, as Spring Boot orders a profile's file. */
    private static ApplicantProperties.SignInMode mode(String... files) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        MutablePropertySources sources = environment.getPropertySources();
        for (String file : files) {
            List<PropertySource<?>> loaded = new YamlPropertySourceLoader().load(file, new ClassPathResource(file));
            loaded.forEach(sources::addFirst);
        }
        return new Binder(ConfigurationPropertySources.from(sources))
                .bind("grants.applicant.sign-in", ApplicantProperties.SignInMode.class).get();
    }
}
