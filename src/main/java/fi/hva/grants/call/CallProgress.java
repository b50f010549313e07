package fi.hva.grants.call;

import fi.hva.grants.process.ProcessKeys;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Moves a call through its period and tells it when the last application has been reviewed. */
@Service
public class CallProgress {

    private final Calls calls;
    private final CallApplications applications;
    private final RuntimeService runtimeService;

    CallProgress(Calls calls, CallApplications applications, RuntimeService runtimeService) {
        this.calls = calls;
        this.applications = applications;
        this.runtimeService = runtimeService;
    }

    @Transactional
    void publish(long callId) {
        calls.get(callId).publish();
    }

    @Transactional
    public void open(long callId) {
        calls.get(callId).open();
    }

    /** Closes the call and answers whether every application in it is already reviewed. */
    @Transactional
    boolean close(long callId) {
        GrantCall call = calls.lock(callId);
        call.close();
        return allReviewed(call);
    }

    /**
     * Runs after each review in a job of its own. Closing takes the same row lock, so whichever of
     * them comes last sees the other's work, and the call is moved on exactly when the period has
     * closed and nothing is left to review.
     */
    @Transactional
    public void onApplicationReviewed(long callId) {
        GrantCall call = calls.lock(callId);
        if (call.getStatus() == CallStatus.CLOSED && allReviewed(call)) {
            runtimeService.createMessageCorrelation(ProcessKeys.MESSAGE_ALL_REVIEWED)
                    .processInstanceId(call.getProcessInstanceId())
                    .correlateAllWithResult();
        }
    }

    private boolean allReviewed(GrantCall call) {
        return applications.allReviewed(call.getId());
    }
}
