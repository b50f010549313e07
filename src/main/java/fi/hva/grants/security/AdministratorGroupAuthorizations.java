package fi.hva.grants.security;

import org.camunda.bpm.engine.impl.plugin.AdministratorAuthorizationPlugin;
import org.springframework.stereotype.Component;

/**
 * All permissions on every resource for {@link Groups#ADMINS}, granted by Camunda's own plugin at engine start. The
 * webapps' setup page used to grant them along with creating the first user; that page is closed now.
 */
@Component
class AdministratorGroupAuthorizations extends AdministratorAuthorizationPlugin {

    AdministratorGroupAuthorizations() {
        setAdministratorGroupName(Groups.ADMINS);
    }
}
