package fi.hva.grants.grant;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Kirjaa täydennys": stores the answer that came with the message and returns the application to review. */
@Component
public class RecordInfoAnswerDelegate implements JavaDelegate {

    private final InfoRequests infoRequests;

    public RecordInfoAnswerDelegate(InfoRequests infoRequests) {
        this.infoRequests = infoRequests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        infoRequests.recordAnswer(execution.getVariable(Variables.APPLICATION_ID),
                FormValues.text(execution.getVariable(Variables.INFO_ANSWER)));
        execution.removeVariable(Variables.INFO_ANSWER);
    }
}
