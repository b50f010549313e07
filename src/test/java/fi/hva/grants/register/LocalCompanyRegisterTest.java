package fi.hva.grants.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The demo's register as kainuu-demo.yml configures it: every demo association, one ended and one outside the region. */
class LocalCompanyRegisterTest {

    @Test
    void demoRegisterKnowsTheDemoAssociationsWithOneDissolvedAndOneOutsideTheRegion() throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("kainuu-demo", new ClassPathResource("regions/kainuu-demo.yml"))
                .forEach(environment.getPropertySources()::addFirst);
        RegisterProperties properties = new Binder(ConfigurationPropertySources.get(environment))
                .bind("grants.register", RegisterProperties.class).get();

        LocalCompanyRegister register = new LocalCompanyRegister(properties);

        assertThat(properties.localEntries()).hasSize(8);
        assertThat(register.find("0201256-6")).get().satisfies(entry -> {
            assertThat(entry.officialName()).isEqualTo("Kajaanin Mielenterveysyhdistys ry");
            assertThat(entry.standing()).isEqualTo(RegisterStanding.ACTIVE);
        });
        assertThat(register.find("0911672-0")).get().satisfies(entry -> {
            assertThat(entry.standing()).isEqualTo(RegisterStanding.DISSOLVED);
            assertThat(entry.endDate()).isEqualTo(LocalDate.of(2025, 6, 30));
        });
        assertThat(register.find("1967432-0")).get().extracting(RegisterEntry::registeredOffice).isEqualTo("Oulu");
        assertThat(register.find("1234567-1")).isEmpty();
    }
}
