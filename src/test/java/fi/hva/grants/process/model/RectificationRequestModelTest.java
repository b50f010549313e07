package fi.hva.grants.process.model;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The recorded request goes to the grant decision by default and to the recovery decision when the officer chose it. */
@Deployment(resources = "processes/rectification-request.bpmn")
class RectificationRequestModelTest {

    @RegisterExtension
    static final ProcessEngineExtension extension = ModelEngine.extension();

    private ModelEngine engine;

    @BeforeEach
    void deployModelWithMocks() {
        engine = ModelEngine.start(extension, "processes/rectification-request.bpmn");
    }

    @AfterEach
    void removeMocks() {
        ModelEngine.stop();
    }

    @Test
    void aRequestAgainstTheRecoveryDecisionGoesToTheRecovery() throws Exception {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("rectificationRequestRecord",
                Map.of("rectificationTarget", "RECOVERY_DECISION"));

        assertThat(instance).isEnded().hasPassed("recordRecoveryRectification", "recoveryRectificationRecorded");
        verify(engine.delegate("recordRecoveryRectificationDelegate")).execute(any());
        verify(engine.delegate("recordGrantRectificationDelegate"), never()).execute(any());
    }

    @Test
    void anyOtherTargetGoesToTheGrantDecisionWhoseServiceChecksIt() throws Exception {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("rectificationRequestRecord", Map.of());

        assertThat(instance).isEnded().hasPassed("recordGrantRectification", "grantRectificationRecorded");
        verify(engine.delegate("recordGrantRectificationDelegate")).execute(any());
        verify(engine.delegate("recordRecoveryRectificationDelegate"), never()).execute(any());
    }
}
