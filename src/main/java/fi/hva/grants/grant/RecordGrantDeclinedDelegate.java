package fi.hva.grants.grant;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Kirjaa avustuksesta luopuminen": the unpaid instalments are cancelled and their money returns to the call. */
@Component
class RecordGrantDeclinedDelegate implements JavaDelegate {

    private final GrantDeclines declines;

    RecordGrantDeclinedDelegate(GrantDeclines declines) {
        this.declines = declines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        declines.record(ApplicationProcessVariables.APPLICATION_ID.from(execution));
    }
}
