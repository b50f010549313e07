package fi.hva.grants.security;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How officers log in ({@code grants.officers.*}). {@code oidc}, the default, is the county's OpenID Connect single
 * sign-on for the webapps, our officer pages and /engine-rest; {@code local} is Camunda's own users with passwords and
 * HTTP Basic on /engine-rest, for the demo and for an install that chooses it explicitly. Any other value stops the
 * start-up, so a typo never leaves the officers' pages half protected.
 *
 * @param login the mode
 * @param oidc where the single sign-on's token carries who the officer is and which groups they belong to
 */
@ConfigurationProperties("grants.officers")
public record OfficerLoginProperties(@DefaultValue("oidc") Login login, @DefaultValue Oidc oidc) {

    /** The property that chooses the mode, for conditions and messages. */
    public static final String LOGIN = "grants.officers.login";

    public enum Login { OIDC, LOCAL }

    /**
     * @param groupsClaim the claim holding the officer's groups, a list or a single string; a dotted name reaches into
     *                    an object claim (Keycloak's {@code realm_access.roles})
     * @param userIdClaim the claim naming the officer in Camunda (assignee, user id); {@code sub} when the token has none
     * @param groupMapping the provider's group name or id to our group ids; groups not named here give nothing
     * @param audience when set, a bearer token on /engine-rest must name it in {@code aud} (the API's client id or
     *                 application id URI), so a token the provider issued for another application is refused
     */
    public record Oidc(@DefaultValue("groups") String groupsClaim, @DefaultValue("preferred_username") String userIdClaim,
                       Map<String, List<String>> groupMapping, String audience) {

        public Oidc {
            groupMapping = groupMapping == null ? Map.of() : Map.copyOf(groupMapping);
            groupMapping.forEach((providerGroup, groupIds) -> groupIds.stream().filter(id -> !Groups.ALL.contains(id)).findFirst()
                    .ifPresent(unknown -> {
                        throw new IllegalArgumentException("grants.officers.oidc.group-mapping maps '" + providerGroup
                                + "' to '" + unknown + "', which is not a group of the application " + Groups.ALL);
                    }));
        }
    }
}
