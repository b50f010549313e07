package fi.hva.grants.grant;

import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Kirjaa määräajan umpeutuminen": the reviewer decides on what the application already contains. */
@Component
public class ExpireInfoRequestDelegate implements JavaDelegate {

    private final InfoRequests infoRequests;

    public ExpireInfoRequestDelegate(InfoRequests infoRequests) {
        this.infoRequests = infoRequests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        infoRequests.expire(execution.getVariable(Variables.APPLICATION_ID));
    }
}
