package fi.hva.grants.grant;

import fi.hva.grants.call.CallApplications;
import fi.hva.grants.common.GrantType;
import org.springframework.stereotype.Component;

/** Answers the call package about the applications to a call. */
@Component
class ApplicationsOfCalls implements CallApplications {

    private final ApplicationNumbers numbers;
    private final GrantApplicationRepository applications;

    ApplicationsOfCalls(ApplicationNumbers numbers, GrantApplicationRepository applications) {
        this.numbers = numbers;
        this.applications = applications;
    }

    @Override
    public void prepareNumbering(GrantType form, int year) {
        numbers.prepare(form, year);
    }

    @Override
    public boolean allReviewed(long callId) {
        return applications.countByCallIdAndStatusNotIn(callId, ApplicationStatus.READY_FOR_PROPOSAL) == 0;
    }
}
