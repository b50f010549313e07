package fi.hva.grants.report;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskForms;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * "Välitä vastine takaisinperinnälle" of the hearing response record (hearing-response.bpmn): the response
 * that came by post or e-mail goes to the waiting recovery through the same service as one from the e-service.
 * Runs in the starting transaction, so a refused response fails the start and nothing is recorded.
 */
@Component
class ForwardHearingResponseDelegate implements JavaDelegate {

    static final String APPLICATION_NUMBER = "applicationNumber";
    static final String RECEIVED_ON = "responseReceivedOn";
    static final String RESPONSE = "hearingResponse";
    static final List<String> FIELD_KEYS = List.of(APPLICATION_NUMBER, RECEIVED_ON, RESPONSE);

    private final Recoveries recoveries;

    ForwardHearingResponseDelegate(Recoveries recoveries) {
        this.recoveries = recoveries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> submitted = TaskForms.take(execution, FIELD_KEYS);
        Authentication officer = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        recoveries.respond(FormValues.text(submitted.get(APPLICATION_NUMBER)), FormValues.text(submitted.get(RESPONSE)),
                FormValues.date(submitted.get(RECEIVED_ON)), officer == null ? null : officer.getUserId());
    }
}
