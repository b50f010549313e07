package fi.hva.grants.payment.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class PaymentExportConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(PaymentExportConfiguration.class);

    @Test
    void bindsThePayer() {
        runner.withPropertyValues(
                        "grants.payment.debtor-name=Kainuun hyvinvointialue",
                        "grants.payment.debtor-iban=FI69 8000 2710 1234 56",
                        "grants.payment.debtor-bic=OKOYFIHH",
                        "grants.payment.debtor-business-id=1234567-1")
                .run(context -> {
                    assertThat(context).hasSingleBean(PaymentDebtorProperties.class);
                    assertThat(context.getBean(PaymentDebtorProperties.class).debtor()).isEqualTo(new Debtor(
                            "Kainuun hyvinvointialue", "FI69 8000 2710 1234 56", "OKOYFIHH", "1234567-1"));
                });
    }

    @Test
    void leavesThePayerUnsetUntilTheRegionConfiguresIt() {
        runner.run(context -> assertThat(context.getBean(PaymentDebtorProperties.class).debtor())
                .isEqualTo(new Debtor(null, null, null, null)));
    }

    @Test
    void staysOneBeanAlongsideTheApplicationsPropertiesScan() {
        runner.withUserConfiguration(ScanningApplication.class)
                .run(context -> assertThat(context).hasSingleBean(PaymentDebtorProperties.class));
    }

    @Configuration(proxyBeanMethods = false)
    @ConfigurationPropertiesScan("fi.hva.grants.payment.export")
    static class ScanningApplication {
    }
}
