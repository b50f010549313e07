package fi.hva.grants.grant;

import static fi.hva.grants.grant.ApplicationProcessVariables.INFO_ANSWER;

import fi.hva.grants.common.Now;
import fi.hva.grants.process.ProcessKeys;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The open request for additional information of an application; bean name used in the BPMN timer. */
@Service("infoRequests")
public class InfoRequests {

    private final InfoRequestRepository repository;
    private final Applications applications;
    private final RuntimeService runtimeService;

    InfoRequests(InfoRequestRepository repository, Applications applications, RuntimeService runtimeService) {
        this.repository = repository;
        this.applications = applications;
        this.runtimeService = runtimeService;
    }

    /** The association's answer wakes the application's process, which records it ("Kirjaa täydennys"). */
    public void receiveAnswer(GrantApplication application, String answer) {
        runtimeService.createMessageCorrelation(ProcessKeys.MESSAGE_INFO_RECEIVED)
                .processInstanceBusinessKey(application.getApplicationNumber())
                .setVariable(INFO_ANSWER.name(), INFO_ANSWER.stored(answer))
                .correlateWithResult();
    }

    /** The due date of the pending request's timer: the end of the deadline day, Finnish time. */
    @Transactional(readOnly = true)
    public Date deadline(long applicationId) {
        return Date.from(pending(applicationId).getDeadline());
    }

    @Transactional
    void recordAnswer(long applicationId, String answer) {
        pending(applicationId).answer(answer, Now.instant());
        applications.get(applicationId).resumeReview();
    }

    @Transactional
    void expire(long applicationId) {
        pending(applicationId).expire();
        applications.get(applicationId).resumeReview();
    }

    private InfoRequest pending(long applicationId) {
        return repository.findFirstByApplicationIdAndStatus(applicationId, InfoRequest.Status.PENDING)
                .orElseThrow(() -> new IllegalStateException("No pending information request for application " + applicationId));
    }
}
