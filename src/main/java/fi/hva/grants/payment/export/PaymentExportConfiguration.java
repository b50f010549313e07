package fi.hva.grants.payment.export;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the payer settings with the package that uses them, so they also bind in tests that load
 * only this configuration. The application's {@code @ConfigurationPropertiesScan} registers the same
 * bean name, and Spring skips the second registration, so there is still one bean.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PaymentDebtorProperties.class)
class PaymentExportConfiguration {
}
