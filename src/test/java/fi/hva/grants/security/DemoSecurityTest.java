package fi.hva.grants.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port with the demo users; all classes using it share one context. They talk to
 * the server over HTTP and are integration tests ({@code *IT}, {@code mvn verify}).
 * The engine keeps its production name "default", because /engine-rest/task and the authentication
 * filter address the default engine; the test profile otherwise gives each context a unique name.
 * Metrics export stays on (Spring Boot turns it off in tests) and actuator has its own port, as in production, so
 * the public port's refusal of /actuator/prometheus is what the tests see.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.generate-unique-process-engine-name=false", "management.server.port=0"})
@ActiveProfiles({"test", "demo"})
@AutoConfigureObservability
public @interface DemoSecurityTest {
}
