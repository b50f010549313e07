package fi.hva.grants.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fi.hva.grants.call.GrantCall;
import fi.hva.grants.grant.DecisionDispatch;
import fi.hva.grants.grant.GrantApplicationRepository;
import fi.hva.grants.process.CountingProcessTest;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ProcessKeys;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** What the monitoring system reads: decisions per call in Prometheus, the parts of the health check. */
@CountingProcessTest
class MonitoringEndpointsIT {

    @Autowired MockMvc mvc;
    @Autowired ProcessFixtures fixtures;
    @Autowired RuntimeService runtimeService;
    @Autowired GrantApplicationRepository applications;
    @Autowired DecisionDispatch decisionDispatch;
    @Autowired DecisionMetrics decisionMetrics;

    @Test
    void decisionsAreCountedPerCallAndOutcome() throws Exception {
        GrantCall call = fixtures.openCall();
        decide(call, "1234567-1", 5000);
        decide(call, "0201256-6", 9000);
        decide(call, "1059547-4", 0);

        decisionMetrics.refresh();
        String scrape = mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getContentAsString();

        assertThat(scrape)
                .contains("grants_decisions{call=\"" + call.getCode() + "\",outcome=\"GRANTED\"} 2.0")
                .contains("grants_decisions{call=\"" + call.getCode() + "\",outcome=\"DECLINED\"} 1.0")
                .doesNotContain("outcome=\"NOT_EXAMINED\"");
    }

    /** The job executor's part shows only where it runs: the tests turn it off. */
    @Test
    void healthNamesTheDatabaseAndTheEngine() throws Exception {
        String health = mvc.perform(get("/actuator/health")).andReturn().getResponse().getContentAsString();

        assertThat(health).contains("\"db\":{\"status\":\"UP\"}", "\"processEngine\":{\"status\":\"UP\"}")
                .doesNotContain("details");
    }

    private void decide(GrantCall call, String businessId, int proposed) {
        Map<String, Object> form = ProcessFixtures.application(call.getCode());
        form.put("businessId", businessId);
        form.put("requestedAmount", proposed == 0 ? 3000 : proposed);
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(ProcessKeys.APPLICATION_PROCESS, form);
        fixtures.executeDueJobs();
        fixtures.complete(fixtures.task(instance.getId()), "maija", ProcessFixtures.scoredReview(proposed));
        fixtures.executeDueJobs();
        decisionDispatch.dispatch(applications.findByApplicationNumber(instance.getBusinessKey()).orElseThrow().getId());
        fixtures.executeDueJobs();
    }
}
