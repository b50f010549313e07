package fi.hva.grants.grant;

import static fi.hva.grants.grant.ApplicationProcessVariables.APPLICATION_ID;
import static fi.hva.grants.grant.ApplicationProcessVariables.INFO_ANSWER;

import fi.hva.grants.common.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Kirjaa täydennys": stores the answer that came with the message and returns the application to review. */
@Component
class RecordInfoAnswerDelegate implements JavaDelegate {

    private final InfoRequests infoRequests;

    RecordInfoAnswerDelegate(InfoRequests infoRequests) {
        this.infoRequests = infoRequests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        infoRequests.recordAnswer(APPLICATION_ID.from(execution), FormValues.text(INFO_ANSWER.find(execution).orElse(null)));
        execution.removeVariable(INFO_ANSWER.name());
    }
}
