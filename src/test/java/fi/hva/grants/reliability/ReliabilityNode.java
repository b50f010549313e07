package fi.hva.grants.reliability;

import fi.hva.grants.GrantsApplication;
import java.io.IOException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Main class of a node that the reliability tests start in a JVM of its own: the application as
 * production runs it, plus {@link TimerRecorder} for the cluster test. The test classes are on the
 * classpath (for the recorder), so the test components in them are kept out of the scan the same way
 * Spring Boot's own test support does it.
 */
public final class ReliabilityNode {

    private ReliabilityNode() {
    }

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(GrantsApplication.class);
        application.addInitializers(context -> {
            context.getBeanFactory().registerSingleton("reliabilityNodeExcludeFilter", new TestComponentExcludeFilter());
            ((GenericApplicationContext) context).registerBean("timerRecorder", TimerRecorder.class);
        });
        application.run(args);
    }

    static final class TestComponentExcludeFilter extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getAnnotationMetadata().isAnnotated(TestComponent.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other != null && other.getClass() == getClass();
        }

        @Override
        public int hashCode() {
            return getClass().hashCode();
        }
    }
}
