package fi.hva.grants.grant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application's facts that the DMN tables decide on, handed to them as input mappings of the
 * business rule tasks so that the facts stay in our tables and out of the process variables.
 */
@Component("routingFacts")
public class RoutingFacts {

    private final Applications applications;

    RoutingFacts(Applications applications) {
        this.applications = applications;
    }

    @Transactional(readOnly = true)
    public String grantForm(long applicationId) {
        return applications.get(applicationId).getCall().getGrantType().name();
    }

    @Transactional(readOnly = true)
    public String contentArea(long applicationId) {
        return applications.get(applicationId).getContentArea();
    }

    @Transactional(readOnly = true)
    public String targetGroup(long applicationId) {
        return applications.get(applicationId).getTargetGroup();
    }

    @Transactional(readOnly = true)
    public String activityType(long applicationId) {
        return applications.get(applicationId).getActivityType();
    }
}
