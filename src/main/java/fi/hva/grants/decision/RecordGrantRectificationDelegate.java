package fi.hva.grants.decision;

import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Problems;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Kirjaa oikaisuvaatimus avustuspäätökseen": the gateway's default path, so a form without a target ends here and is
 * refused. Runs in the starting transaction: a refused request fails the start and nothing is recorded.
 */
@Component
class RecordGrantRectificationDelegate implements JavaDelegate {

    private final RectificationRequests rectifications;
    private final Messages messages;

    RecordGrantRectificationDelegate(RectificationRequests rectifications, Messages messages) {
        this.rectifications = rectifications;
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RecordedRectificationRequest request = RecordedRectificationRequest.take(execution, messages);
        new Problems(messages).addIf(request.target() != RectificationTarget.GRANT_DECISION,
                "rectification.record.target.required").throwIfAny();
        rectifications.record(request.applicationNumber(), request.content(), request.receivedAt(), request.origin());
    }
}
