package fi.hva.grants.decision;

import static fi.hva.grants.decision.DecisionProcessVariables.APPLICATION_ID;

import fi.hva.grants.common.Now;
import fi.hva.grants.grant.Applications;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** "Kirjaa päätös lainvoimaiseksi": no request or appeal came in time; payout may follow from here. */
@Component
class MarkDecisionFinalDelegate implements JavaDelegate {

    private final Applications applications;

    MarkDecisionFinalDelegate(Applications applications) {
        this.applications = applications;
    }

    @Override
    @Transactional
    public void execute(DelegateExecution execution) {
        applications.get(APPLICATION_ID.from(execution))
                .markFinal(LocalDate.ofInstant(Now.instant(), Now.HELSINKI));
    }
}
