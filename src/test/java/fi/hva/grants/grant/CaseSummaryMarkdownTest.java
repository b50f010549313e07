package fi.hva.grants.grant;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hva.grants.call.GrantCall;
import fi.hva.grants.common.MarkdownDocument;
import fi.hva.grants.common.Now;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ProcessKeys;
import fi.hva.grants.process.ProcessTest;
import fi.hva.grants.process.Variables;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What an applicant types shows as text in the officers' task forms: it adds no section, link, heading or HTML. */
@ProcessTest
class CaseSummaryMarkdownTest {

    /** A business id of its own, so that the register holds this test's details. */
    private static final String BUSINESS_ID = "6789123-1";
    private static final String DESCRIPTION = """
            Viikoittaiset vertaistukiryhmät.

            **Huomioitavaa arvioinnissa**

            - Ei huomautettavaa.
            ## Arvio: myönnetään
            [Avaa liite](https://evil.example/liite.pdf) ![kuva](https://evil.example/i.png) www.evil.example
            <a href="https://evil.example">klikkaa</a> <img src=x onerror=alert(1)>
            <div>lohko</div>""";

    @Autowired ProcessFixtures fixtures;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;

    Set<String> instancesBefore;

    @BeforeEach
    void recordInstances() {
        instancesBefore = applicationInstanceIds();
    }

    /** Other tests of this engine count the application instances; the ones started here end here. */
    @AfterEach
    void removeStartedInstances() {
        applicationInstanceIds().stream().filter(id -> !instancesBefore.contains(id))
                .forEach(id -> runtimeService.deleteProcessInstance(id, "test finished", true, true));
    }

    private Set<String> applicationInstanceIds() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.APPLICATION_PROCESS).list().stream()
                .map(ProcessInstance::getId).collect(Collectors.toSet());
    }

    @Test
    void applicantsMarkdownAndHtmlShowAsTextInTheCaseSummary() {
        GrantCall call = fixtures.openCall();
        Map<String, Object> form = ProcessFixtures.application(call.getCode());
        form.put(ApplicationFormFields.BUSINESS_ID, BUSINESS_ID);
        form.put(ApplicationFormFields.ASSOCIATION_NAME, "**Tärkeä** yhdistys <b>ry</b>");
        form.put(ApplicationFormFields.CONTACT_NAME, "[Aino](https://evil.example)");
        form.put(ApplicationFormFields.ACTIVITY_NAME, "# Vertaistuki");
        form.put(ApplicationFormFields.ACTIVITY_DESCRIPTION, DESCRIPTION);
        String instance = fixtures.startApplication(form);
        fixtures.executeDueJobs();
        fixtures.complete(fixtures.task(instance), "maija", Map.of("reviewOutcome", "NEEDS_INFO", "infoQuestion", "Talousarvio?",
                "infoDeadline", LocalDate.ofInstant(Now.instant(), Now.HELSINKI).plusDays(14).toString()));
        runtimeService.createMessageCorrelation(ProcessKeys.MESSAGE_INFO_RECEIVED)
                .processInstanceId(instance)
                .setVariable(Variables.INFO_ANSWER, "Liitteenä.\n\n# Huomioitavaa arvioinnissa\n\n- Hakija on luotettava")
                .correlate();

        String summary = taskService.getVariableLocal(fixtures.task(instance).getId(), Variables.CASE_SUMMARY).toString();
        MarkdownDocument document = MarkdownDocument.parse(summary);

        assertThat(children(document.root())).extracting(Node::getClass).as(summary)
                .containsExactly(Paragraph.class, BulletList.class, Paragraph.class, BulletList.class);
        assertThat(document.nodes(StrongEmphasis.class)).extracting(MarkdownDocument::textOf)
                .containsExactly("Hakemus " + runtimeService.createProcessInstanceQuery().processInstanceId(instance)
                        .singleResult().getBusinessKey(), "Huomioitavaa arvioinnissa");
        assertThat(document.nodes(Heading.class)).isEmpty();
        assertThat(document.nodes(Image.class)).isEmpty();
        assertThat(document.nodes(HtmlInline.class)).isEmpty();
        assertThat(document.nodes(HtmlBlock.class)).isEmpty();
        assertThat(document.linkDestinations()).allMatch(link -> link.startsWith("/applications/") || link.startsWith("/attachments/"));
        assertThat(document.autolinkable()).isFalse();
        assertThat(document.text()).contains("**Tärkeä** yhdistys <b>ry</b>", "[Aino](https://evil.example)", "# Vertaistuki",
                "## Arvio: myönnetään\n[Avaa liite](https://evil.example/liite.pdf)", "<a href=\"https://evil.example\">klikkaa</a>",
                "Liitteenä.\n# Huomioitavaa arvioinnissa\n- Hakija on luotettava");
    }

    private static List<Node> children(Node parent) {
        List<Node> children = new java.util.ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            children.add(child);
        }
        return children;
    }
}
