package fi.hva.grants.grant;

import static fi.hva.grants.grant.ApplicationProcessVariables.APPLICATION_ID;
import static fi.hva.grants.grant.ApplicationProcessVariables.ELIGIBILITY;
import static fi.hva.grants.grant.ApplicationProcessVariables.ELIGIBILITY_REASON;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Kirjaa hakukelpoisuus": stores the eligibility table's answer on the application; an ineligible one goes to the
 * call's decision proposal with nothing proposed and the table's reason. The reason stays in our table only.
 */
@Component
class RecordEligibilityDelegate implements JavaDelegate {

    private final Applications applications;

    RecordEligibilityDelegate(Applications applications) {
        this.applications = applications;
    }

    @Override
    @Transactional
    public void execute(DelegateExecution execution) {
        // A table without a rule for this region answers nothing: an incident for the process owner, not a silent pass.
        Eligibility eligibility = ELIGIBILITY.find(execution).orElseThrow(() -> new IllegalStateException(
                "The eligibility table answered nothing for this application; does it have rules for the region?"));
        applications.get(APPLICATION_ID.from(execution)).recordEligibility(eligibility, ELIGIBILITY_REASON.find(execution).orElse(null));
        execution.removeVariable(ELIGIBILITY_REASON.name());
    }
}
