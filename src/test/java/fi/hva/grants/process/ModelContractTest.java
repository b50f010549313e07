package fi.hva.grants.process;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hva.grants.monitoring.SlaProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The models, the forms and the Java agree (docs/architecture.md, "Contract between models and Java"), and
 * each kind of break is reported: the test breaks a copy of the real files once per kind.
 */
@ProcessTest
class ModelContractTest {

    private static final Pattern DOCUMENTED_BINDING = Pattern.compile("formRefBinding=\"(\\w+)\"");
    private static final Pattern CORRELATION = Pattern.compile("(?:createMessageCorrelation|correlateMessage)\\(([^,)]*)");

    @Autowired
    ApplicationContext context;
    @Autowired
    SlaProperties sla;

    @Test
    void modelsFormsAndJavaAgree() {
        assertThat(new ModelContract(files("processes", ".bpmn", ".dmn"), files("forms", ".form")).problems(java())).isEmpty();
    }

    @Test
    void javaCorrelatesOnlyMessagesNamedInProcessKeys() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            List<String> others = sources.filter(path -> path.toString().endsWith(".java"))
                    .flatMap(path -> CORRELATION.matcher(read(path)).results().map(match -> path.getFileName() + ": " + match.group(1)))
                    .filter(use -> !use.matches(".*: ProcessKeys\\.MESSAGE_\\w+"))
                    .toList();
            assertThat(others).isEmpty();
        }
    }

    @Test
    void aFormKeyRenamedOnOneSideIsReported() {
        List<String> problems = broken(Map.of(), Map.of("review.form", form -> form.replace("\"reviewReasoning\"", "\"reasoning\"")));

        assertThat(problems).containsExactlyInAnyOrder(
                "grant-application.bpmn: reviewApplication: the Java reads reviewReasoning, which form review does not have",
                "grant-application.bpmn: reviewApplication: form review has input reasoning, which the Java does not read");
    }

    @Test
    void aDelegateExpressionNamingNoBeanIsReported() {
        List<String> problems = broken(Map.of("grant-application.bpmn",
                model -> model.replace("camunda:delegateExpression=\"${reviewTask}\"", "camunda:delegateExpression=\"${reviewTsk}\"")), Map.of());

        assertThat(problems).containsExactly("grant-application.bpmn: delegateExpression ${reviewTsk} names no bean");
    }

    @Test
    void aMessageTheJavaCorrelatesButNoModelHasIsReported() {
        List<String> problems = broken(Map.of("grant-application.bpmn",
                model -> model.replace("name=\"" + ProcessKeys.MESSAGE_BOARD_DECISION + "\"", "name=\"BoardDecided\"")), Map.of());

        assertThat(problems).containsExactly("message BoardDecisionMade is correlated by the Java but no model has it");
    }

    @Test
    void anSlaActivityNoModelHasIsReported() {
        ModelContract.Java java = java();
        ModelContract.Java withUnknownActivity = new ModelContract.Java(java.isBean(), java.userTaskFields(), java.messages(),
                java.definitionKeys(), Stream.concat(java.slaActivities().stream(), Stream.of("checkListingByHand")).toList(),
                java.documentedBinding());

        assertThat(new ModelContract(files("processes", ".bpmn", ".dmn"), files("forms", ".form")).problems(withUnknownActivity))
                .containsExactly("SLA activity checkListingByHand is in the configuration but in no model");
    }

    @Test
    void aFormRefToNoFormIsReported() {
        Map<String, String> forms = new HashMap<>(files("forms", ".form"));
        forms.remove("listing-check.form");

        assertThat(new ModelContract(files("processes", ".bpmn", ".dmn"), forms).problems(java()))
                .containsExactly("grant-application.bpmn: checkListingManually: formRef listing-check is no form in forms/");
    }

    @Test
    void aBindingOtherThanTheDocumentedOneIsReported() {
        List<String> problems = broken(Map.of("grant-application.bpmn", model -> model.replace(
                "camunda:formRef=\"review\" camunda:formRefBinding=\"latest\"", "camunda:formRef=\"review\" camunda:formRefBinding=\"deployment\"")),
                Map.of());

        assertThat(problems).containsExactly(
                "grant-application.bpmn: reviewApplication binds its form deployment, not latest as documented");
    }

    private List<String> broken(Map<String, UnaryOperator<String>> modelChanges, Map<String, UnaryOperator<String>> formChanges) {
        Map<String, String> models = change(files("processes", ".bpmn", ".dmn"), modelChanges);
        Map<String, String> forms = change(files("forms", ".form"), formChanges);
        return new ModelContract(models, forms).problems(java());
    }

    private static Map<String, String> change(Map<String, String> files, Map<String, UnaryOperator<String>> changes) {
        Map<String, String> changed = new HashMap<>(files);
        changes.forEach((name, change) -> {
            String before = changed.get(name);
            String after = change.apply(before);
            assertThat(after).as("the deliberate break of " + name + " changes it").isNotEqualTo(before);
            changed.put(name, after);
        });
        return changed;
    }

    private ModelContract.Java java() {
        return new ModelContract.Java(context::containsBean, this::userTaskFields, constants(true), constants(false),
                sla.activities().keySet(), documentedBinding());
    }

    private Optional<List<String>> userTaskFields(String bean) {
        return context.containsBean(bean) && context.getBean(bean) instanceof UserTask<?> task
                ? Optional.of(task.fieldKeys()) : Optional.empty();
    }

    /** ProcessKeys' message names, or its process and decision keys. */
    private static List<String> constants(boolean messages) {
        return Stream.of(ProcessKeys.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getName().startsWith("MESSAGE_") == messages)
                .map(ModelContractTest::value)
                .toList();
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String documentedBinding() {
        Matcher binding = DOCUMENTED_BINDING.matcher(read(Path.of("docs/architecture.md")));
        assertThat(binding.find()).as("docs/architecture.md names the formRefBinding").isTrue();
        return binding.group(1);
    }

    private static Map<String, String> files(String directory, String... extensions) {
        try (Stream<Path> paths = Files.list(Path.of(directory))) {
            Map<String, String> files = new HashMap<>();
            paths.filter(path -> Stream.of(extensions).anyMatch(path.toString()::endsWith))
                    .forEach(path -> files.put(path.getFileName().toString(), read(path)));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
