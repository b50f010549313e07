package fi.hva.grants.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Flow-node coverage per process model over the whole suite, from the reports that
 * camunda-process-test-coverage writes for each process test class. The library's own threshold
 * counts per test class over every model a class touches; the promise here is per model.
 * Runs in a failsafe execution of its own after the integration tests, over the reports of both lanes (see pom.xml).
 */
class ProcessCoverageGate {

    static final double MINIMUM = 0.9;
    private static final Path REPORTS = Path.of("target", "process-test-coverage");

    @Test
    void everyProcessModelIsCoveredByItsTests() throws IOException {
        Map<String, Set<String>> flowNodes = flowNodesPerProcess();
        Map<String, Set<String>> covered = coveredFlowNodes();
        Map<String, Double> coverage = new TreeMap<>();
        flowNodes.forEach((process, nodes) -> {
            Set<String> passed = new HashSet<>(covered.getOrDefault(process, Set.of()));
            passed.retainAll(nodes);
            coverage.put(process, (double) passed.size() / nodes.size());
            Set<String> missing = new HashSet<>(nodes);
            missing.removeAll(passed);
            System.out.printf("Process coverage %-20s %5.1f %% (%d/%d flow nodes)%s%n", process,
                    100.0 * passed.size() / nodes.size(), passed.size(), nodes.size(),
                    missing.isEmpty() ? "" : ", not passed: " + missing);
        });
        assertThat(coverage).isNotEmpty().allSatisfy((process, ratio) ->
                assertThat(ratio).as("flow-node coverage of " + process).isGreaterThanOrEqualTo(MINIMUM));
    }

    private static Map<String, Set<String>> flowNodesPerProcess() throws IOException {
        Map<String, Set<String>> result = new HashMap<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn")) {
            try (InputStream in = resource.getInputStream()) {
                var model = Bpmn.readModelFromStream(in);
                for (Process process : model.getModelElementsByType(Process.class)) {
                    Set<String> ids = new HashSet<>();
                    collectFlowNodes(process, ids);
                    result.put(process.getId(), ids);
                }
            }
        }
        return result;
    }

    /** Flow nodes inside sub-processes count too: they are where much of the work is. */
    private static void collectFlowNodes(ModelElementInstance scope, Set<String> ids) {
        for (FlowNode node : scope.getChildElementsByType(FlowNode.class)) {
            ids.add(node.getId());
            if (node instanceof SubProcess subProcess) {
                collectFlowNodes(subProcess, ids);
            }
        }
    }

    private static Map<String, Set<String>> coveredFlowNodes() throws IOException {
        Map<String, Set<String>> covered = new HashMap<>();
        if (!Files.isDirectory(REPORTS)) {
            return covered;
        }
        ObjectMapper json = new ObjectMapper();
        List<Path> reports;
        try (Stream<Path> files = Files.walk(REPORTS)) {
            reports = files.filter(path -> path.getFileName().toString().equals("report.json")).toList();
        }
        for (Path report : reports) {
            for (JsonNode suite : json.readTree(report.toFile()).path("suites")) {
                for (JsonNode run : suite.path("runs")) {
                    for (JsonNode event : run.path("events")) {
                        if ("FLOW_NODE".equals(event.path("source").asText())) {
                            covered.computeIfAbsent(event.path("modelKey").asText(), key -> new HashSet<>())
                                    .add(event.path("definitionKey").asText());
                        }
                    }
                }
            }
        }
        return covered;
    }
}
