package fi.hva.grants.security.sso;

import fi.hva.grants.security.OfficerLoginProperties;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.util.StringUtils;

/**
 * Reads who the officer is from the claims of the provider's token: the user id, the name and e-mail for Tasklist,
 * and the groups, mapped through {@code grants.officers.oidc.group-mapping}. A provider group that the mapping does
 * not name gives nothing, so a token of someone outside the grants work (or with a mistyped group) opens nothing.
 */
final class OfficerClaims {

    private final OfficerLoginProperties.Oidc settings;

    OfficerClaims(OfficerLoginProperties.Oidc settings) {
        this.settings = settings;
    }

    /** The officer of a browser login to the county (ID token and user info) or of a bearer token; empty for anything else. */
    Optional<Officer> officer(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        if (authentication instanceof JwtAuthenticationToken jwt) {
            return officer(jwt.getTokenAttributes());
        }
        // Only the county's login: a session another sign-in of the application made is no officer's.
        if (authentication instanceof OAuth2AuthenticationToken login
                && SingleSignOn.REGISTRATION.equals(login.getAuthorizedClientRegistrationId())
                && login.getPrincipal() instanceof OidcUser user) {
            return officer(user.getClaims());
        }
        return Optional.empty();
    }

    Optional<Officer> officer(Map<String, Object> claims) {
        String id = text(claims, settings.userIdClaim());
        if (id == null) {
            id = text(claims, "sub");
        }
        if (id == null) {
            return Optional.empty();
        }
        String firstName = text(claims, "given_name");
        String lastName = text(claims, "family_name");
        if (firstName == null && lastName == null) {
            String name = text(claims, "name");
            firstName = name == null ? id : name;
        }
        return Optional.of(new Officer(id, firstName == null ? "" : firstName, lastName == null ? "" : lastName,
                text(claims, "email"), groups(claims)));
    }

    List<String> groups(Map<String, Object> claims) {
        List<String> groupIds = new ArrayList<>();
        for (String providerGroup : providerGroups(claims)) {
            for (String groupId : settings.groupMapping().getOrDefault(providerGroup, List.of())) {
                if (!groupIds.contains(groupId)) {
                    groupIds.add(groupId);
                }
            }
        }
        return List.copyOf(groupIds);
    }

    private List<String> providerGroups(Map<String, Object> claims) {
        Object value = claims;
        for (String part : settings.groupsClaim().split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return List.of();
            }
            value = map.get(part);
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return value instanceof String single ? List.of(single) : List.of();
    }

    private static String text(Map<String, Object> claims, String name) {
        Object value = claims.get(name);
        return value instanceof String text && StringUtils.hasText(text) ? text : null;
    }
}
