package fi.hva.grants.process;

import fi.hva.grants.lahella.ListingResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * What every process test starts from: the assertions bound to this context's engine, the listing
 * service answering "listed", PRH's register knowing the fixtures' association, and the engine clock back to real time afterwards.
 */
public class EngineTestSetup implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        BpmnAwareTests.init(SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class));
        ScriptedListingCheck.answer(ListingResult.listed("https://www.lahella.fi/jarjestot/0201256-6"));
        ScriptedCompanyRegister.reset();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ClockUtil.reset();
    }
}
