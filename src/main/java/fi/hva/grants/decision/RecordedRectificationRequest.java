package fi.hva.grants.decision;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import fi.hva.grants.common.Problems;
import fi.hva.grants.process.TaskForms;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * A rectification request that came by post, at the registry office or by e-mail, as an officer recorded it with the
 * start form of "Oikaisuvaatimuksen kirjaus" (rectification-request.bpmn). The form's keys are read here once for
 * both the grant decision's and the recovery decision's service task.
 */
public record RecordedRectificationRequest(String applicationNumber, RectificationTarget target, String content,
                                           Instant receivedAt, RequestOrigin origin) {

    public static final String APPLICATION_NUMBER = "applicationNumber";
    public static final String TARGET = "rectificationTarget";
    public static final String REQUESTER = "requesterKind";
    public static final String REQUESTER_NAME = "requesterName";
    public static final String CHANNEL = "receivedChannel";
    public static final String RECEIVED_ON = "requestReceivedOn";
    public static final String CONTENT = "requestContent";
    public static final List<String> FIELD_KEYS = List.of(APPLICATION_NUMBER, TARGET, REQUESTER, REQUESTER_NAME, CHANNEL,
            RECEIVED_ON, CONTENT);

    /**
     * Takes the submitted start form out of the process and checks what both kinds of decision need; the day of arrival
     * counts, so the request is taken to have come at its start.
     */
    public static RecordedRectificationRequest take(DelegateExecution execution, Messages messages) {
        Map<String, Object> submitted = TaskForms.take(execution, FIELD_KEYS);
        RectificationTarget target = FormValues.choice(submitted.get(TARGET), RectificationTarget.class);
        RequestOrigin.Requester requester = FormValues.choice(submitted.get(REQUESTER), RequestOrigin.Requester.class);
        RequestOrigin.Channel channel = FormValues.choice(submitted.get(CHANNEL), RequestOrigin.Channel.class);
        LocalDate receivedOn = FormValues.date(submitted.get(RECEIVED_ON));
        Problems problems = new Problems(messages);
        problems.addIf(target == null, "rectification.record.target.required");
        problems.addIf(requester == null, "rectification.record.requester.required");
        problems.addIf(channel == null || channel == RequestOrigin.Channel.E_SERVICE, "rectification.record.channel.required");
        problems.addIf(receivedOn == null || receivedOn.isAfter(LocalDate.ofInstant(Now.instant(), Now.HELSINKI)),
                "rectification.record.receivedOn.invalid");
        problems.throwIfAny();
        Authentication officer = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return new RecordedRectificationRequest(FormValues.text(submitted.get(APPLICATION_NUMBER)), target,
                FormValues.text(submitted.get(CONTENT)), receivedOn.atStartOfDay(Now.HELSINKI).toInstant(),
                new RequestOrigin(requester, FormValues.text(submitted.get(REQUESTER_NAME)), channel,
                        officer == null ? null : officer.getUserId()));
    }
}
