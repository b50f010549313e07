package fi.hva.grants.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes the administrator named in configuration a member of {@link Groups#ADMINS}, with the password hash given
 * there. The Camunda webapps' own first-user setup page is closed ({@link WebSecurity#WEBAPP_SETUP}): without this,
 * the first anonymous visitor of a fresh install would become administrator and could deploy code.
 */
@Component
@EnableConfigurationProperties(AdministratorProperties.class)
class FirstAdministrator {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final IdentityService identityService;
    private final AdministratorProperties properties;

    FirstAdministrator(IdentityService identityService, AdministratorProperties properties) {
        this.identityService = identityService;
        this.properties = properties;
    }

    /** After {@link IdentityBootstrap}, because the membership needs the group. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(IdentityBootstrap.ORDER + 5)
    public void onApplicationReady() {
        if (!properties.configured()) {
            return;
        }
        if (identityService.isReadOnly()) {
            log.warn("GRANTS_ADMIN_USER is ignored: the engine's identity is read-only (single sign-on), so administrators are "
                    + "the officers whose token maps to the group {}", Groups.ADMINS);
            return;
        }
        String userId = properties.user().strip();
        String stored = BcryptPasswords.stored(properties.passwordHash().strip());
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            user = identityService.newUser(userId);
            user.setFirstName(userId);
            user.setLastName("");
        }
        // The engine hashes whatever goes through setPassword; the configured value is already a hash.
        UserEntity entity = (UserEntity) user;
        if (!stored.equals(entity.getPassword())) {
            entity.setDbPassword(stored);
            entity.setSalt(null);
            identityService.saveUser(entity);
            log.info("Administrator {} set from configuration", userId);
        }
        if (identityService.createUserQuery().userId(userId).memberOfGroup(Groups.ADMINS).count() == 0) {
            identityService.createMembership(userId, Groups.ADMINS);
        }
    }
}
