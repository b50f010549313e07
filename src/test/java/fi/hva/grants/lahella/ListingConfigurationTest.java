package fi.hva.grants.lahella;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ListingConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(ListingConfiguration.class);

    @Test
    void manualIsTheDefaultWithDefaultSettings() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(ListingCheck.class);
            assertThat(context.getBean(ListingCheck.class)).isInstanceOf(ManualListingCheck.class);
            ListingProperties properties = context.getBean(ListingProperties.class);
            assertThat(properties.mode()).isEqualTo(ListingMode.MANUAL);
            assertThat(properties.serviceName()).isEqualTo("Lähellä.fi");
            assertThat(properties.baseUrl()).isEqualTo(URI.create("https://www.lahella.fi"));
            assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
            assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(5));
            assertThat(properties.localListed()).isEmpty();
        });
    }

    @Test
    void httpModeUsesTheHttpClientAndBindsItsSettings() {
        runner.withPropertyValues(
                        "grants.listing.mode=http",
                        "grants.listing.base-url=https://lahella.example.test",
                        "grants.listing.connect-timeout=300ms",
                        "grants.listing.read-timeout=1s")
                .run(context -> {
                    assertThat(context).hasSingleBean(ListingCheck.class);
                    assertThat(context.getBean(ListingCheck.class)).isInstanceOf(LahellaHttpClient.class);
                    ListingProperties properties = context.getBean(ListingProperties.class);
                    assertThat(properties.baseUrl()).isEqualTo(URI.create("https://lahella.example.test"));
                    assertThat(properties.connectTimeout()).isEqualTo(Duration.ofMillis(300));
                    assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(1));
                });
    }

    @Test
    void localModeUsesTheLocalDirectoryWithTheConfiguredIds() {
        runner.withPropertyValues("grants.listing.mode=local", "grants.listing.local-listed=1234567-1,7654321-0")
                .run(context -> {
                    assertThat(context.getBean(ListingCheck.class)).isInstanceOf(LocalListingDirectory.class);
                    assertThat(context.getBean(ListingProperties.class).localListed())
                            .containsExactly("1234567-1", "7654321-0");
                });
    }

    @Test
    void manualModeLeavesTheCheckToTheOfficer() {
        runner.withPropertyValues("grants.listing.mode=MANUAL", "grants.listing.service-name=Ihimiset.fi")
                .run(context -> {
                    ListingCheck check = context.getBean(ListingCheck.class);
                    assertThat(check).isInstanceOf(ManualListingCheck.class);
                    assertThat(check.check(new ListingQuery("1234567-1", "Yhdistys ry", "Oulu")).reason())
                            .isEqualTo(ListingReason.NO_INTERFACE);
                });
    }

    @Test
    void noneModeRequiresNoListing() {
        runner.withPropertyValues("grants.listing.mode=none")
                .run(context -> assertThat(context.getBean(ListingCheck.class)).isInstanceOf(NoListingRequired.class));
    }
}
