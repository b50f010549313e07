package fi.hva.grants.call;

import fi.hva.grants.grant.ApplicationStatus;
import fi.hva.grants.grant.GrantApplicationRepository;
import fi.hva.grants.process.ProcessKeys;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Moves a call through its period and tells it when the last application has been reviewed. */
@Service
public class CallProgress {

    private final Calls calls;
    private final GrantApplicationRepository applications;
    private final RuntimeService runtimeService;

    public CallProgress(Calls calls, GrantApplicationRepository applications, RuntimeService runtimeService) {
        this.calls = calls;
        this.applications = applications;
        this.runtimeService = runtimeService;
    }

    @Transactional
    public void publish(Object callId) {
        calls.get(callId).publish();
    }

    @Transactional
    public void open(Object callId) {
        calls.get(callId).open();
    }

    /** Closes the call and answers whether every application in it is already reviewed. */
    @Transactional
    public boolean close(Object callId) {
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
    public void onApplicationReviewed(Object callId) {
        GrantCall call = calls.lock(callId);
        if (call.getStatus() == CallStatus.CLOSED && allReviewed(call)) {
            runtimeService.createMessageCorrelation(ProcessKeys.MESSAGE_ALL_REVIEWED)
                    .processInstanceId(call.getProcessInstanceId())
                    .correlateAllWithResult();
        }
    }

    private boolean allReviewed(GrantCall call) {
        return applications.countByCallIdAndStatusNotIn(call.getId(), ApplicationStatus.READY_FOR_PROPOSAL) == 0;
    }
}
