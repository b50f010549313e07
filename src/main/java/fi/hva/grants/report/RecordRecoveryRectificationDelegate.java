package fi.hva.grants.report;

import fi.hva.grants.common.Messages;
import fi.hva.grants.decision.RecordedRectificationRequest;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Kirjaa oikaisuvaatimus takaisinperintäpäätökseen": in its period the request wakes the waiting recovery, after it the
 * request is kept and not examined. Runs in the starting transaction: a refused request records nothing.
 */
@Component
class RecordRecoveryRectificationDelegate implements JavaDelegate {

    private final RecoveryRectifications rectifications;
    private final Messages messages;

    RecordRecoveryRectificationDelegate(RecoveryRectifications rectifications, Messages messages) {
        this.rectifications = rectifications;
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RecordedRectificationRequest request = RecordedRectificationRequest.take(execution, messages);
        rectifications.record(request.applicationNumber(), request.content(), request.receivedAt(), request.origin());
    }
}
