package fi.hva.grants.grant;

import static fi.hva.grants.grant.ApplicationProcessVariables.APPLICATION_ID;
import static fi.hva.grants.grant.ApplicationProcessVariables.ARRIVED_AFTER_CALL_DECISION;
import static fi.hva.grants.grant.ApplicationProcessVariables.LATE_SUBMISSION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Tarkista ja kirjaa hakemus". Runs in the transaction that starts the instance, so invalid input
 * fails the start itself: the officer or the applicant sees the Finnish message and nothing is created.
 */
@Component
class RegisterApplicationDelegate implements JavaDelegate {

    private final ApplicationIntake intake;

    RegisterApplicationDelegate(ApplicationIntake intake) {
        this.intake = intake;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var variables = execution.getVariables();
        GrantApplication application = intake.register(
                ApplicationFormFields.read(variables), ApplicationFormFields.channel(variables));
        application.attachProcess(execution.getProcessInstanceId());
        execution.setProcessBusinessKey(application.getApplicationNumber());
        execution.removeVariables(ApplicationFormFields.ALL);
        APPLICATION_ID.set(execution, application.getId());
        LATE_SUBMISSION.set(execution, application.isLate());
        ARRIVED_AFTER_CALL_DECISION.set(execution, intake.arrivedAfterCallDecision(application));
    }
}
