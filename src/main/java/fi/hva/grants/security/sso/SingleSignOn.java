package fi.hva.grants.security.sso;

import fi.hva.grants.common.Messages;
import fi.hva.grants.security.AuthorizationGrants;
import fi.hva.grants.security.Groups;
import fi.hva.grants.security.IdentityBootstrap;
import fi.hva.grants.security.OfficerLoginProperties;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.StringUtils;

/**
 * Officers log in through the county's OpenID Connect provider ({@code grants.officers.login=oidc}, the default). The
 * engine's identity becomes read-only and is fed from the tokens; the web side is in {@link SingleSignOnWebSecurity}.
 * A start without a provider stops here with the settings to give, rather than with Spring's own error further on.
 */
@Configuration
@ConditionalOnProperty(name = OfficerLoginProperties.LOGIN, havingValue = "oidc", matchIfMissing = true)
class SingleSignOn {

    static final String REGISTRATION = "county";
    static final String CLIENT_ID = "spring.security.oauth2.client.registration." + REGISTRATION + ".client-id";
    static final String CLIENT_SECRET = "spring.security.oauth2.client.registration." + REGISTRATION + ".client-secret";
    static final String ISSUER = "spring.security.oauth2.client.provider." + REGISTRATION + ".issuer-uri";

    private final String issuer;

    SingleSignOn(Environment environment) {
        List<String> missing = Stream.of(CLIENT_ID, ISSUER).filter(name -> !StringUtils.hasText(environment.getProperty(name))).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Officers log in through the county's OpenID Connect provider ("
                    + OfficerLoginProperties.LOGIN + "=oidc, the default), but " + String.join(" and ", missing)
                    + (missing.size() == 1 ? " is" : " are") + " not set. Set " + ISSUER + " (the provider's issuer), " + CLIENT_ID + " and " + CLIENT_SECRET
                    + " (environment SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_COUNTY_ISSUERURI, ..._REGISTRATION_COUNTY_CLIENTID,"
                    + " ..._REGISTRATION_COUNTY_CLIENTSECRET), or choose local Camunda users with " + OfficerLoginProperties.LOGIN
                    + "=local (README, \"Identities and registers\").");
        }
        this.issuer = environment.getProperty(ISSUER);
    }

    String issuer() {
        return issuer;
    }

    @Bean
    OfficerClaims officerClaims(OfficerLoginProperties properties) {
        return new OfficerClaims(properties.oidc());
    }

    @Bean
    OfficerDirectory officerDirectory(JdbcClient jdbc) {
        return new OfficerDirectory(jdbc);
    }

    @Bean
    TokenIdentity tokenIdentity(OfficerDirectory directory, Messages messages) {
        Map<String, String> names = new LinkedHashMap<>();
        Groups.ALL.forEach(groupId -> names.put(groupId, messages.get("group." + groupId)));
        return new TokenIdentity(directory, Map.copyOf(names));
    }

    @Bean
    OwnGroupsReadable ownGroupsReadable(AuthorizationGrants grants) {
        return new OwnGroupsReadable(grants);
    }

    /** Installs the read-only identity in the engine. */
    static class TokenIdentity extends AbstractProcessEnginePlugin {

        private final OfficerDirectory directory;
        private final Map<String, String> groupNames;

        TokenIdentity(OfficerDirectory directory, Map<String, String> groupNames) {
            this.directory = directory;
            this.groupNames = groupNames;
        }

        @Override
        public void preInit(ProcessEngineConfigurationImpl configuration) {
            configuration.setIdentityProviderSessionFactory(new TokenIdentityProvider.Factory(directory, groupNames));
        }
    }

    /**
     * Members may read their own group, as the engine grants when a group is created in its database: Tasklist then
     * shows the group's name. Groups are never created here, so the grant is made at start-up.
     */
    static class OwnGroupsReadable {

        private final AuthorizationGrants grants;

        OwnGroupsReadable(AuthorizationGrants grants) {
            this.grants = grants;
        }

        @EventListener(ApplicationReadyEvent.class)
        @Order(IdentityBootstrap.ORDER + 1)
        public void onApplicationReady() {
            Groups.ALL.forEach(groupId -> grants.grant(groupId, Resources.GROUP, groupId, Permissions.READ));
        }
    }
}
