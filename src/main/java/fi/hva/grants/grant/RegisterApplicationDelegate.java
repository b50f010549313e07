package fi.hva.grants.grant;

import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Tarkista ja kirjaa hakemus". Runs in the transaction that starts the instance, so invalid input
 * fails the start itself: the officer or the applicant sees the Finnish message and nothing is created.
 */
@Component
public class RegisterApplicationDelegate implements JavaDelegate {

    private final ApplicationIntake intake;

    public RegisterApplicationDelegate(ApplicationIntake intake) {
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
        execution.setVariable(Variables.APPLICATION_ID, application.getId());
        execution.setVariable(Variables.LATE_SUBMISSION, application.isLate());
        execution.setVariable(Variables.ARRIVED_AFTER_CALL_DECISION, intake.arrivedAfterCallDecision(application));
    }
}
