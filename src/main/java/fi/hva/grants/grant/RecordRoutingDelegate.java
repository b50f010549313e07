package fi.hva.grants.grant;

import static fi.hva.grants.grant.ApplicationProcessVariables.APPLICATION_ID;
import static fi.hva.grants.grant.ApplicationProcessVariables.MUNICIPAL_ACTIVITY;
import static fi.hva.grants.grant.ApplicationProcessVariables.REVIEWER_GROUP;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** "Kirjaa arvioinnin reititys": stores what the DMN tables decided, so reports need not read process history. */
@Component
class RecordRoutingDelegate implements JavaDelegate {

    private final Applications applications;

    RecordRoutingDelegate(Applications applications) {
        this.applications = applications;
    }

    @Override
    @Transactional
    public void execute(DelegateExecution execution) {
        applications.get(APPLICATION_ID.from(execution)).route(
                REVIEWER_GROUP.find(execution).orElse(null),
                MUNICIPAL_ACTIVITY.find(execution).orElse(false));
    }
}
