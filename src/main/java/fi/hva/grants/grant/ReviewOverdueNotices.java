package fi.hva.grants.grant;

import fi.hva.grants.common.Messages;
import fi.hva.grants.notification.Mail;
import fi.hva.grants.notification.Mailer;
import fi.hva.grants.security.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tells the managers that a review has waited past its 30 days, so a stuck case does not go unseen. */
@Service
class ReviewOverdueNotices {

    private final Applications applications;
    private final IdentityService identityService;
    private final Mailer mailer;
    private final Messages messages;

    ReviewOverdueNotices(Applications applications, IdentityService identityService, Mailer mailer, Messages messages) {
        this.applications = applications;
        this.identityService = identityService;
        this.mailer = mailer;
        this.messages = messages;
    }

    @Transactional
    void notifyManagers(long applicationId) {
        GrantApplication application = applications.get(applicationId);
        String subject = messages.get("mail.reviewOverdue.subject", application.getApplicationNumber());
        String body = messages.get("mail.reviewOverdue.body", application.getApplicationNumber(),
                application.getAssociationName(), messages.get("group." + application.getReviewerGroup()));
        for (User manager : identityService.createUserQuery().memberOfGroup(Groups.MANAGERS).list()) {
            if (manager.getEmail() != null && !manager.getEmail().isBlank()) {
                mailer.send(new Mail(application.getId(), manager.getEmail(), subject, body, null));
            }
        }
    }
}
