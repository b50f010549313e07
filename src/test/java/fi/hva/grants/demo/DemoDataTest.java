package fi.hva.grants.demo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application on a random port, with the management port of its own as in production, and the demo data just as
 * the runner leaves it at start-up. All classes using it share one context and only read: they count the demo data.
 * The engine keeps the test profile's unique name, as only one context may hold the engine named "default"
 * ({@code security.DemoSecurityTest}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
@ActiveProfiles({"test", "demo"})
@AutoConfigureObservability
public @interface DemoDataTest {
}
