package fi.hva.grants.decision;

import fi.hva.grants.common.Now;
import fi.hva.grants.grant.Applications;
import fi.hva.grants.process.Variables;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** "Kirjaa päätös lainvoimaiseksi": no request or appeal came in time; payout may follow from here. */
@Component
public class MarkDecisionFinalDelegate implements JavaDelegate {

    private final Applications applications;

    public MarkDecisionFinalDelegate(Applications applications) {
        this.applications = applications;
    }

    @Override
    @Transactional
    public void execute(DelegateExecution execution) {
        applications.get(execution.getVariable(Variables.APPLICATION_ID))
                .markFinal(LocalDate.ofInstant(Now.instant(), Now.HELSINKI));
    }
}
