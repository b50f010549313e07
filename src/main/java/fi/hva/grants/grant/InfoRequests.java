package fi.hva.grants.grant;

import fi.hva.grants.common.Now;
import java.util.Date;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The open request for additional information of an application; bean name used in the BPMN timer. */
@Service("infoRequests")
public class InfoRequests {

    private final InfoRequestRepository repository;
    private final Applications applications;

    InfoRequests(InfoRequestRepository repository, Applications applications) {
        this.repository = repository;
        this.applications = applications;
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
