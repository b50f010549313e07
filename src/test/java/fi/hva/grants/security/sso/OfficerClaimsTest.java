package fi.hva.grants.security.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hva.grants.security.Groups;
import fi.hva.grants.security.OfficerLoginProperties;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

class OfficerClaimsTest {

    private static final Map<String, List<String>> MAPPING = Map.of(
            "kainuu-talous", List.of(Groups.FINANCE),
            "6f1c2a0e-entra-group-id", List.of(Groups.LIAISON_OFFICERS, Groups.LIAISON_DEPUTIES));

    @Test
    void groupsOfAListClaimAreMappedAndUnknownOnesGiveNothing() {
        OfficerClaims claims = new OfficerClaims(new OfficerLoginProperties.Oidc("groups", "preferred_username", MAPPING, null));

        Officer officer = claims.officer(Map.of("sub", "a1b2", "preferred_username", "tarja.talous@kainuu.fi",
                "given_name", "Tarja", "family_name", "Talous", "email", "tarja@kainuu.fi",
                "groups", List.of("kirjasto", "kainuu-talous", "6f1c2a0e-entra-group-id"))).orElseThrow();

        assertThat(officer.id()).isEqualTo("tarja.talous@kainuu.fi");
        assertThat(officer.firstName()).isEqualTo("Tarja");
        assertThat(officer.groupIds()).containsExactly(Groups.FINANCE, Groups.LIAISON_OFFICERS, Groups.LIAISON_DEPUTIES);
        assertThat(claims.groups(Map.of("groups", List.of("kirjasto", "Kainuu-Talous")))).isEmpty();
        assertThat(claims.groups(Map.of("sub", "x"))).isEmpty();
    }

    @Test
    void nestedRolesClaimAndSubjectWithoutAUserNameClaim() {
        OfficerClaims claims = new OfficerClaims(new OfficerLoginProperties.Oidc("realm_access.roles", "preferred_username", MAPPING, null));

        Officer officer = claims.officer(Map.of("sub", "a1b2", "name", "Tapio Talous",
                "realm_access", Map.of("roles", List.of("kainuu-talous", "offline_access")))).orElseThrow();

        assertThat(officer.id()).isEqualTo("a1b2");
        assertThat(officer.firstName()).isEqualTo("Tapio Talous");
        assertThat(officer.groupIds()).containsExactly(Groups.FINANCE);
        assertThat(claims.groups(Map.of("realm_access", "kainuu-talous"))).isEmpty();
    }

    @Test
    void onlyALoginToTheCountyIsAnOfficer() {
        OfficerClaims claims = new OfficerClaims(new OfficerLoginProperties.Oidc("groups", "preferred_username", MAPPING, null));
        OidcIdToken idToken = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("sub", "a1b2", "preferred_username", "tarja", "groups", List.of("kainuu-talous")));
        DefaultOidcUser user = new DefaultOidcUser(List.of(), idToken);

        assertThat(claims.officer(new OAuth2AuthenticationToken(user, List.of(), SingleSignOn.REGISTRATION)))
                .hasValueSatisfying(officer -> assertThat(officer.groupIds()).containsExactly(Groups.FINANCE));
        assertThat(claims.officer(new OAuth2AuthenticationToken(user, List.of(), "suomifi"))).isEmpty();
        assertThat(claims.officer((org.springframework.security.core.Authentication) null)).isEmpty();
    }

    @Test
    void mappingToAGroupTheApplicationDoesNotHaveStopsTheStart() {
        assertThatThrownBy(() -> new OfficerLoginProperties.Oidc("groups", "sub", Map.of("kainuu-talous", List.of("talous")), null))
                .hasMessageContaining("grants.officers.oidc.group-mapping").hasMessageContaining("'talous'");
    }

    @Test
    void singleSignOnWithoutAProviderStopsTheStartNamingTheSettings() {
        assertThatThrownBy(() -> new SingleSignOn(new MockEnvironment()))
                .hasMessageContaining(SingleSignOn.ISSUER).hasMessageContaining(SingleSignOn.CLIENT_ID)
                .hasMessageContaining("grants.officers.login=local");

        MockEnvironment configured = new MockEnvironment().withProperty(SingleSignOn.ISSUER, "https://login.example.fi/county")
                .withProperty(SingleSignOn.CLIENT_ID, "grants");
        assertThat(new SingleSignOn(configured).issuer()).isEqualTo("https://login.example.fi/county");
    }
}
