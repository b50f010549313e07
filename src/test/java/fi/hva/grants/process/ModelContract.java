package fi.hva.grants.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The contract between the models in processes/, the forms in forms/ and the Java that runs them, as a
 * list of problems. It reads the files' text, so {@code ModelContractTest} can also hand it a deliberately
 * broken copy and see each kind of break reported.
 *
 * @param models the BPMN and DMN files' names and text
 * @param forms the form files' names and text
 */
record ModelContract(Map<String, String> models, Map<String, String> forms) {

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String DMN = "https://www.omg.org/spec/DMN/20191111/MODEL/";
    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    private static final Pattern BEAN = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "select", "radio",
            "checkbox", "checklist", "datetime", "taglist");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What the Java side declares.
     *
     * @param isBean whether the application context has a bean of that name
     * @param userTaskFields a {@link UserTask} bean's field keys, by bean name
     * @param messages the message names the Java correlates
     * @param definitionKeys the process and decision keys the Java starts or evaluates
     * @param slaActivities the activity ids that configuration gives a time limit
     * @param documentedBinding the formRefBinding that the documentation says every task uses
     */
    record Java(Predicate<String> isBean, Function<String, Optional<List<String>>> userTaskFields,
                Collection<String> messages, Collection<String> definitionKeys, Collection<String> slaActivities,
                String documentedBinding) {
    }

    List<String> problems(Java java) {
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> formKeys = formInputKeys(problems);
        Set<String> messageNames = new TreeSet<>();
        Set<String> definitionIds = new TreeSet<>();
        Set<String> activityIds = new TreeSet<>();
        models.forEach((file, text) -> {
            Document model = parse(text);
            definitionIds.addAll(attributes(model, BPMN, "process", "id"));
            definitionIds.addAll(attributes(model, DMN, "decision", "id"));
            messageNames.addAll(attributes(model, BPMN, "message", "name"));
            activityIds.addAll(ids(model));
            checkDelegates(file, model, java, problems);
            checkForms(file, model, java, formKeys, problems);
        });
        java.messages().stream().filter(name -> !messageNames.contains(name))
                .forEach(name -> problems.add("message " + name + " is correlated by the Java but no model has it"));
        java.definitionKeys().stream().filter(key -> !definitionIds.contains(key))
                .forEach(key -> problems.add("process or decision " + key + " is used by the Java but no model has it"));
        java.slaActivities().stream().filter(id -> !activityIds.contains(id))
                .forEach(id -> problems.add("SLA activity " + id + " is in the configuration but in no model"));
        return problems;
    }

    private void checkDelegates(String file, Document model, Java java, List<String> problems) {
        for (Element element : elements(model, "*")) {
            String expression = element.getAttributeNS(CAMUNDA, "delegateExpression");
            if (expression.isEmpty()) {
                expression = element.getAttribute("delegateExpression");
            }
            if (expression.isEmpty()) {
                continue;
            }
            Matcher bean = BEAN.matcher(expression);
            if (!bean.matches()) {
                problems.add(file + ": delegateExpression " + expression + " is not a bean name");
            } else if (!java.isBean().test(bean.group(1))) {
                problems.add(file + ": delegateExpression " + expression + " names no bean");
            }
        }
    }

    private void checkForms(String file, Document model, Java java, Map<String, Set<String>> formKeys, List<String> problems) {
        for (String type : List.of("userTask", "startEvent")) {
            for (Element task : elements(model, BPMN, type)) {
                String formRef = task.getAttributeNS(CAMUNDA, "formRef");
                if (formRef.isEmpty()) {
                    continue;
                }
                String where = file + ": " + task.getAttribute("id");
                String binding = task.getAttributeNS(CAMUNDA, "formRefBinding");
                if (!binding.equals(java.documentedBinding())) {
                    problems.add(where + " binds its form " + (binding.isEmpty() ? "without formRefBinding" : binding)
                            + ", not " + java.documentedBinding() + " as documented");
                }
                Set<String> inForm = formKeys.get(formRef);
                if (inForm == null) {
                    problems.add(where + ": formRef " + formRef + " is no form in forms/");
                    continue;
                }
                userTaskBean(task, java).ifPresent(fields -> {
                    fields.stream().filter(key -> !inForm.contains(key)).forEach(key ->
                            problems.add(where + ": the Java reads " + key + ", which form " + formRef + " does not have"));
                    inForm.stream().filter(key -> !fields.contains(key)).forEach(key ->
                            problems.add(where + ": form " + formRef + " has input " + key + ", which the Java does not read"));
                });
            }
        }
    }

    /** The field keys of the {@link UserTask} bean that is the task's create listener, if it has one. */
    private static Optional<List<String>> userTaskBean(Element task, Java java) {
        for (Element listener : elements(task, CAMUNDA, "taskListener")) {
            Matcher bean = BEAN.matcher(listener.getAttribute("delegateExpression"));
            if ("create".equals(listener.getAttribute("event")) && bean.matches()) {
                Optional<List<String>> fields = java.userTaskFields().apply(bean.group(1));
                if (fields.isPresent()) {
                    return fields;
                }
            }
        }
        return Optional.empty();
    }

    /** Each form's id and the keys of the inputs an officer fills in (read-only ones only show). */
    private Map<String, Set<String>> formInputKeys(List<String> problems) {
        Map<String, Set<String>> keys = new HashMap<>();
        forms.forEach((file, text) -> {
            try {
                JsonNode form = JSON.readTree(text);
                Set<String> inputs = new LinkedHashSet<>();
                collectInputs(form.path("components"), inputs);
                keys.put(form.path("id").asText(), inputs);
            } catch (IOException e) {
                problems.add(file + " is no form: " + e.getMessage());
            }
        });
        return keys;
    }

    private static void collectInputs(JsonNode components, Set<String> inputs) {
        for (JsonNode component : components) {
            if (INPUT_TYPES.contains(component.path("type").asText()) && component.hasNonNull("key")
                    && !component.path("readonly").asBoolean(false) && !component.path("disabled").asBoolean(false)) {
                inputs.add(component.path("key").asText());
            }
            collectInputs(component.path("components"), inputs);
        }
    }

    private static Document parse(String text) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalArgumentException("Unreadable model: " + e.getMessage(), e);
        }
    }

    private static List<String> attributes(Document model, String namespace, String element, String attribute) {
        return elements(model, namespace, element).stream().map(e -> e.getAttribute(attribute)).toList();
    }

    private static Set<String> ids(Document model) {
        Set<String> ids = new TreeSet<>();
        elements(model, "*").forEach(element -> {
            if (BPMN.equals(element.getNamespaceURI()) && element.hasAttribute("id")) {
                ids.add(element.getAttribute("id"));
            }
        });
        return ids;
    }

    private static List<Element> elements(Document model, String name) {
        return list(model.getElementsByTagName(name));
    }

    private static List<Element> elements(Document model, String namespace, String name) {
        return list(model.getElementsByTagNameNS(namespace, name));
    }

    private static List<Element> elements(Element parent, String namespace, String name) {
        return list(parent.getElementsByTagNameNS(namespace, name));
    }

    private static List<Element> list(NodeList nodes) {
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }
}
