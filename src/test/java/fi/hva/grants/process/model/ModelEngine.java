package fi.hva.grants.process.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.mockito.Mockito;

/**
 * The engine of the model tests: one model (and the decision tables it calls) deployed on the in-memory engine of
 * {@code model-test-engine.cfg.xml}, every delegate and listener the model names replaced by a Mockito mock, and
 * called processes by stubs. No Spring context: a model test checks the paths the model's gateways choose.
 */
final class ModelEngine {

    private static final Pattern DELEGATE_EXPRESSION = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");

    private final ProcessEngineExtension extension;
    private final Map<String, JavaDelegate> delegates = new HashMap<>();

    private ModelEngine(ProcessEngineExtension extension) {
        this.extension = extension;
    }

    static ProcessEngineExtension extension() {
        return ProcessEngineExtension.builder().configurationResource("model-test-engine.cfg.xml").build();
    }

    /** Binds the assertions to the model engine and mocks every bean the model names in a delegate expression. */
    static ModelEngine start(ProcessEngineExtension extension, String modelResource) {
        BpmnAwareTests.init(extension.getProcessEngine());
        ModelEngine engine = new ModelEngine(extension);
        Matcher names = DELEGATE_EXPRESSION.matcher(read(modelResource));
        while (names.find()) {
            engine.delegates.computeIfAbsent(names.group(1), name -> {
                JavaDelegate mock = Mockito.mock(JavaDelegate.class, Mockito.withSettings().name(name)
                        .extraInterfaces(TaskListener.class, ExecutionListener.class));
                Mocks.register(name, mock);
                return mock;
            });
        }
        return engine;
    }

    /** The mock standing for the delegate or listener bean of this name (a JavaDelegate, TaskListener and ExecutionListener). */
    JavaDelegate delegate(String name) {
        JavaDelegate mock = delegates.get(name);
        if (mock == null) {
            throw new IllegalArgumentException("the model names no delegate or listener " + name);
        }
        return mock;
    }

    /** A bean that the model's expressions call methods of, e.g. a deadline. */
    void register(String name, Object bean) {
        Mocks.register(name, bean);
    }

    /** Deploys a stand-in for a process the model calls; it is deleted with the test's deployment. */
    void deployStub(BpmnModelInstance stub) {
        Deployment deployment = extension.getRepositoryService().createDeployment()
                .addModelInstance("stub-" + stub.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
                        .iterator().next().getId() + ".bpmn", stub)
                .deploy();
        extension.manageDeployment(deployment);
    }

    /** After each test: no mocks and no engine left for the next test class, which may be a Spring process test. */
    static void stop() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private static String read(String resource) {
        try (InputStream in = ModelEngine.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no model " + resource + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
