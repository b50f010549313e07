package fi.hva.grants.applicant;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.hva.grants.call.GrantCall;
import fi.hva.grants.grant.ApplicationFormFields;
import fi.hva.grants.grant.EligibilityDeclarations;
import fi.hva.grants.grant.GrantApplicationRepository;
import fi.hva.grants.notification.SentMailRepository;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ProcessKeys;
import fi.hva.grants.process.ProcessTest;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;

/** The eligibility declarations through the applicant API: "YES"/"NO" as the form's radio buttons send them, or JSON booleans. */
@ProcessTest
class EligibilityDeclarationsApiTest {

    @Autowired WebApplicationContext context;
    @Autowired ObjectMapper objectMapper;
    @Autowired SentMailRepository mails;
    @Autowired ProcessFixtures fixtures;
    @Autowired GrantApplicationRepository applications;
    @Autowired RuntimeService runtimeService;

    ApplicantApi api;
    GrantCall call;

    @BeforeEach
    void setUp() {
        api = new ApplicantApi(context, objectMapper, mails);
        call = fixtures.openCall();
    }

    @Test
    void declarationsAreStoredWithTheApplication() throws Exception {
        Map<String, Object> form = ApplicantApiIT.form(call.getCode());
        form.put(ApplicationFormFields.REGISTERED_ASSOCIATION, "YES");
        form.put(ApplicationFormFields.NON_PROFIT, true);
        form.put(ApplicationFormFields.ACTIVITY_WHOLLY_FOR_REGION, "NO");

        MockHttpServletResponse created = api.submit(signIn(), UUID.randomUUID().toString(), form);

        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        String number = api.body(created).get("applicationNumber").asText();
        assertThat(applications.findByApplicationNumber(number).orElseThrow().getDeclarations())
                .isEqualTo(new EligibilityDeclarations(true, true, false, null));
    }

    @Test
    void anAnswerOtherThanYesOrNoIsRefusedInFinnishAndCreatesNothing() throws Exception {
        Map<String, Object> form = ApplicantApiIT.form(call.getCode());
        form.put(ApplicationFormFields.NON_PROFIT, "ehkä");
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.APPLICATION_PROCESS).count();

        MockHttpServletResponse refused = api.submit(signIn(), UUID.randomUUID().toString(), form);

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("Vastaa kohtaan \\\"Yleishyödyllinen yhteisö\\\" kyllä tai ei.");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.APPLICATION_PROCESS).count())
                .isEqualTo(before);
    }

    private String signIn() throws Exception {
        return api.signIn(ApplicantApiIT.BUSINESS_ID, ApplicantApiIT.EMAIL);
    }
}
