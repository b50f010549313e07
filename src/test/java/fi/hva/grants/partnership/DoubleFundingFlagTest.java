package fi.hva.grants.partnership;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fi.hva.grants.call.GrantCall;
import fi.hva.grants.grant.ApplicationFormFields;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ProcessKeys;
import fi.hva.grants.process.ProcessTest;
import fi.hva.grants.process.Variables;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The reviewer of an operating-grant application sees the association's partnership agreements from the real records. */
@ProcessTest
class DoubleFundingFlagTest {

    @Autowired PartnershipDriver driver;
    @Autowired ProcessFixtures fixtures;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;

    @Test
    void applicationOfAnAssociationWithAPartnershipGrantForTheYearIsFlagged() {
        GrantCall call = fixtures.openCall();
        int grantYear = call.getGrantYear();
        ProcessInstance agreement = driver.signedAgreement(withBusinessId(PartnershipDriver.initiative(grantYear - 1, grantYear), "1234567-1"));
        Map<String, Object> form = ProcessFixtures.application(call.getCode());
        form.put(ApplicationFormFields.BUSINESS_ID, "1234567-1");
        form.put(ApplicationFormFields.MUNICIPAL_FUNDING_DECLARED, true);

        ProcessInstance application = runtimeService.startProcessInstanceByKey(ProcessKeys.APPLICATION_PROCESS, form);
        fixtures.executeDueJobs();

        assertThat(application).isWaitingAt("reviewApplication");
        String summary = taskService.getVariableLocal(fixtures.task(application.getId()).getId(), Variables.CASE_SUMMARY).toString();
        Assertions.assertThat(summary).contains("Yhdistyksellä on kumppanuusavustus " + agreement.getBusinessKey()
                + " (Mielen hyvinvoinnin kumppanuushanke, STEA, " + (grantYear - 1) + "–" + grantYear + ")");
        Assertions.assertThat(summary).contains("Samaa toimintaa ei voi rahoittaa sekä hyvinvointialue että kunta");
    }

    /** Kainuu, seed 000 ch. 8.1: no operating grant for activity for which a partnership grant "haetaan", is being sought. */
    @Test
    void applicationOfAnAssociationNegotiatingAPartnershipGrantForTheYearIsFlagged() {
        GrantCall call = fixtures.openCall();
        int grantYear = call.getGrantYear();
        ProcessInstance negotiation = driver.startNegotiation(withBusinessId(PartnershipDriver.initiative(grantYear, grantYear + 1), "2345678-0"));
        driver.assessAllCriteriaMet(negotiation);
        Map<String, Object> form = ProcessFixtures.application(call.getCode());
        form.put(ApplicationFormFields.BUSINESS_ID, "2345678-0");

        ProcessInstance application = runtimeService.startProcessInstanceByKey(ProcessKeys.APPLICATION_PROCESS, form);
        fixtures.executeDueJobs();

        assertThat(application).isWaitingAt("reviewApplication");
        String summary = taskService.getVariableLocal(fixtures.task(application.getId()).getId(), Variables.CASE_SUMMARY).toString();
        Assertions.assertThat(summary).contains("Yhdistys hakee kumppanuusavustusta: " + negotiation.getBusinessKey()
                + " (Mielen hyvinvoinnin kumppanuushanke, STEA, " + grantYear + "–" + (grantYear + 1) + ")",
                "Toiminta-avustusta ei voi myöntää toimintaan, johon haetaan kumppanuusavustusta");
    }

    @Test
    void anAgreementForOtherYearsIsNotAFlag() {
        GrantCall call = fixtures.openCall();
        driver.signedAgreement(withBusinessId(PartnershipDriver.initiative(call.getGrantYear() - 1, call.getGrantYear() - 1), "7654321-2"));
        Map<String, Object> form = ProcessFixtures.application(call.getCode());
        form.put(ApplicationFormFields.BUSINESS_ID, "7654321-2");

        ProcessInstance application = runtimeService.startProcessInstanceByKey(ProcessKeys.APPLICATION_PROCESS, form);
        fixtures.executeDueJobs();

        String summary = taskService.getVariableLocal(fixtures.task(application.getId()).getId(), Variables.CASE_SUMMARY).toString();
        Assertions.assertThat(summary).contains("Vertaistukiryhmät").doesNotContain("kumppanuusavustus KA-");
    }

    private static Map<String, Object> withBusinessId(Map<String, Object> initiative, String businessId) {
        initiative.put("businessId", businessId);
        return initiative;
    }
}
