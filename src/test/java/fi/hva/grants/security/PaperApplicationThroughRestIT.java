package fi.hva.grants.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.hva.grants.call.CallStatus;
import fi.hva.grants.call.GrantCallRepository;
import fi.hva.grants.grant.GrantApplicationRepository;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ProcessKeys;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A liaison officer types in a paper application through the REST API that Tasklist's start form uses. */
@DemoSecurityTest
class PaperApplicationThroughRestIT {

    private static final String SUBMIT = "/process-definition/key/" + ProcessKeys.APPLICATION_PROCESS + "/submit-form";

    @LocalServerPort int port;
    @Autowired GrantCallRepository calls;
    @Autowired GrantApplicationRepository applications;
    @Autowired RuntimeService runtimeService;

    @Test
    void invalidApplicationIsAClientErrorInFinnishAndStartsNothing() throws Exception {
        Map<String, Object> form = ProcessFixtures.application(openCallCode());
        form.put("iban", "FI00 1234");
        long instancesBefore = runtimeService.createProcessInstanceQuery().count();
        long applicationsBefore = applications.count();

        HttpResponse<String> response = new EngineRest(port).post(SUBMIT, "liisa", body(form));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Tilinumero FI00 1234 ei ole kelvollinen IBAN-tilinumero.");
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
        assertThat(applications.count()).isEqualTo(applicationsBefore);
    }

    @Test
    void validPaperApplicationStartsAnInstanceKeyedByItsNumber() throws Exception {
        Map<String, Object> form = ProcessFixtures.application(openCallCode());
        form.remove("channel");

        HttpResponse<String> response = new EngineRest(port).post(SUBMIT, "liisa", body(form));

        assertThat(response.statusCode()).isEqualTo(200);
        String instanceId = new ObjectMapper().readTree(response.body()).get("id").asText();
        String businessKey = runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).singleResult().getBusinessKey();
        assertThat(applications.findByApplicationNumber(businessKey)).hasValueSatisfying(application ->
                assertThat(application.getChannel().name()).isEqualTo("PAPER"));
    }

    @Test
    void serviceAreaLiaisonMayNotTypeInApplications() throws Exception {
        HttpResponse<String> response = new EngineRest(port).post(SUBMIT, "maija", body(ProcessFixtures.application(openCallCode())));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    private String openCallCode() {
        return calls.findAll().stream().filter(call -> call.getStatus() == CallStatus.OPEN).findFirst().orElseThrow().getCode();
    }

    private static String body(Map<String, Object> form) throws Exception {
        Map<String, Object> variables = new LinkedHashMap<>();
        form.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return new ObjectMapper().writeValueAsString(Map.of("variables", variables));
    }
}
