package fi.hva.grants.grant;

import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** "Kirjaa arvioinnin reititys": stores what the DMN tables decided, so reports need not read process history. */
@Component
public class RecordRoutingDelegate implements JavaDelegate {

    private final Applications applications;

    public RecordRoutingDelegate(Applications applications) {
        this.applications = applications;
    }

    @Override
    @Transactional
    public void execute(DelegateExecution execution) {
        applications.get(execution.getVariable(Variables.APPLICATION_ID)).route(
                (String) execution.getVariable(Variables.REVIEWER_GROUP),
                Boolean.TRUE.equals(execution.getVariable(Variables.MUNICIPAL_ACTIVITY)));
    }
}
