package fi.hva.grants.process;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * A {@link ProcessTest} for tests that count over every case, decision or user of the engine (metrics, the stuck-case
 * page, users): the same configuration, but a Spring context of its own, so the cases that the other process tests
 * leave behind do not change what these tests count. The property only sets the context apart; nothing reads it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ProcessTest
@TestPropertySource(properties = "test.context=counting")
public @interface CountingProcessTest {
}
