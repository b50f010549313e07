package fi.hva.grants.grant;

import static fi.hva.grants.grant.ApplicationProcessVariables.APPLICATION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Kirjaa määräajan umpeutuminen": the reviewer decides on what the application already contains. */
@Component
class ExpireInfoRequestDelegate implements JavaDelegate {

    private final InfoRequests infoRequests;

    ExpireInfoRequestDelegate(InfoRequests infoRequests) {
        this.infoRequests = infoRequests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        infoRequests.expire(APPLICATION_ID.from(execution));
    }
}
