package fi.hva.grants.applicant;

import fi.hva.grants.call.CallStatus;
import fi.hva.grants.call.GrantCall;
import fi.hva.grants.call.Calls;
import fi.hva.grants.common.Messages;
import fi.hva.grants.process.ProcessKeys;
import fi.hva.grants.region.PublicationProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Open calls and their application form, readable without signing in. */
@RestController
@RequestMapping("/api/applicant/calls")
@Tag(name = "Haut", description = "Avoimet avustushaut ja niiden hakulomake")
class ApplicantCallController {

    private final Calls calls;
    private final RepositoryService repositoryService;
    private final FormService formService;
    private final Messages messages;
    private final PublicationProperties publication;

    ApplicantCallController(Calls calls, RepositoryService repositoryService, FormService formService, Messages messages,
                            PublicationProperties publication) {
        this.calls = calls;
        this.repositoryService = repositoryService;
        this.formService = formService;
        this.messages = messages;
        this.publication = publication;
    }

    /**
     * A call with what is published of it (seeds 000 and 002): the criteria and their weights, the maximum grant,
     * the period, the instructions and a contact. The texts are as the page shows them, in Finnish time.
     */
    public record CallView(String code, String name, String grantForm, String grantFormText, int grantYear,
                           Instant opensAt, Instant closesAt, String opensAtText, String closesAtText,
                           BigDecimal maxGrant, String maxGrantText, List<Criterion> criteria,
                           String instructionsUrl, PublicationProperties.Contact contact) {
    }

    public record Criterion(String name, int weight) {
    }

    @GetMapping
    @Operation(summary = "Avoimet haut")
    public List<CallView> openCalls() {
        return calls.all().stream().filter(call -> call.getStatus() == CallStatus.OPEN)
                .sorted(Comparator.comparing(GrantCall::getCode)).map(this::view).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "Avoimen haun tiedot")
    public CallView call(@PathVariable String code) {
        return view(open(code));
    }

    /**
     * The start form of the latest deployed application process: the Camunda Form that officers
     * see in Tasklist, so a change a process owner deploys shows here too.
     */
    @GetMapping(value = "/{code}/form", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Hakulomake (Camunda Forms -määrittely, form-js)")
    public ResponseEntity<byte[]> form(@PathVariable String code) throws IOException {
        open(code);
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(ProcessKeys.APPLICATION_PROCESS).latestVersion().singleResult();
        try (InputStream form = formService.getDeployedStartForm(definition.getId())) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(form.readAllBytes());
        }
    }

    private GrantCall open(String code) {
        return calls.byCode(code == null ? "" : code.toUpperCase(Locale.ROOT))
                .filter(call -> call.getStatus() == CallStatus.OPEN)
                .orElseThrow(() -> new CallNotOpenException(code));
    }

    private CallView view(GrantCall call) {
        return new CallView(call.getCode(), call.getName(), call.getGrantType().name(), messages.label("grantForm", call.getGrantType()),
                call.getGrantYear(), call.getOpensAt(), call.getClosesAt(), moment(call.getOpensAt()), moment(call.getClosesAt()),
                call.getMaxGrant(), call.getMaxGrant() == null ? null : Messages.euros(call.getMaxGrant()),
                call.getCriteria().stream().map(criterion -> new Criterion(criterion.getName(), criterion.getWeight())).toList(),
                publication.instructionsUrl(), publication.contact());
    }

    private static String moment(Instant at) {
        return at == null ? null : Messages.DATE_TIME.format(at);
    }
}
