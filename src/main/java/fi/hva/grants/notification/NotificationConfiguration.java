package fi.hva.grants.notification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the mail settings with the package that uses them, so they also bind in tests that load
 * only this configuration. The application's {@code @ConfigurationPropertiesScan} registers the same
 * bean name, and Spring skips the second registration, so there is still one bean.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {
}
