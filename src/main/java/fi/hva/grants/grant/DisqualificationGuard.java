package fi.hva.grants.grant;

import static fi.hva.grants.grant.ApplicationProcessVariables.APPLICATION_ID;

import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.common.Messages;
import fi.hva.grants.security.Groups;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Keeps a disqualified reviewer (hallintolaki 28 §) away from the application: the new review task
 * also goes to the deputies, the disqualified user loses access to it through a revoking
 * authorization, and claiming or assigning it to them is refused.
 */
@Component
class DisqualificationGuard implements TaskListener {

    private final ApplicationReview review;
    private final AuthorizationService authorizations;
    private final Messages messages;

    DisqualificationGuard(ApplicationReview review, AuthorizationService authorizations, Messages messages) {
        this.review = review;
        this.authorizations = authorizations;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        List<String> disqualified = review.disqualifiedReviewers(APPLICATION_ID.from(task));
        if (disqualified.isEmpty()) {
            return;
        }
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.addCandidateGroup(Groups.LIAISON_DEPUTIES);
            disqualified.forEach(userId -> revokeAccess(task.getId(), userId));
        } else if (EVENTNAME_ASSIGNMENT.equals(task.getEventName()) && disqualified.contains(task.getAssignee())) {
            throw new InvalidInputException(List.of(messages.get("review.disqualified.cannotAssign", task.getAssignee())));
        }
    }

    private void revokeAccess(String taskId, String userId) {
        Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        revoke.setResource(Resources.TASK);
        revoke.setResourceId(taskId);
        revoke.setUserId(userId);
        revoke.removePermission(Permissions.ALL);
        // The officer whose action created the task may not manage authorizations; the guard acts for the county.
        Context.getCommandContext().runWithoutAuthorization(() -> authorizations.saveAuthorization(revoke));
    }
}
