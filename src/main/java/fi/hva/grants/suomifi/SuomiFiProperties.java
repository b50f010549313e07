package fi.hva.grants.suomifi;

import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The e-service's Suomi.fi connection: e-Identification (OpenID Connect) and e-Authorizations (Web API). Secrets
 * come from the environment (README, "Identities and registers").
 *
 * @param identification the OpenID Connect client of Suomi.fi e-Identification
 * @param authorizations the Web API client of Suomi.fi e-Authorizations and what qualifies a person to act
 */
@ConfigurationProperties(prefix = "grants.applicant.suomifi")
public record SuomiFiProperties(@DefaultValue Identification identification, @DefaultValue Authorizations authorizations) {

    /**
     * @param issuer the provider's issuer; its discovery document gives the endpoints and the signing keys
     * @param clientId the e-service's client id
     * @param clientSecret the client secret, for client_secret_basic; empty when {@code clientJwk} is given
     * @param clientJwk the e-service's private RSA key as a JWK (JSON), for private_key_jwt client authentication
     * @param redirectUri where the provider sends the person back: {@code <base-url>/api/applicant/suomifi/identified}
     * @param scope the scopes asked for
     * @param identityCodeClaim the claim of the personal identity code, passed to e-Authorizations and nowhere else
     * @param givenNameClaim the claim of the given name (first name)
     * @param familyNameClaim the claim of the family name
     */
    public record Identification(
            URI issuer,
            String clientId,
            String clientSecret,
            String clientJwk,
            URI redirectUri,
            @DefaultValue("openid profile") String scope,
            @DefaultValue("urn:oid:1.2.246.21") String identityCodeClaim,
            @DefaultValue("urn:oid:2.5.4.42") String givenNameClaim,
            @DefaultValue("urn:oid:2.5.4.4") String familyNameClaim) {

        public boolean configured() {
            return present(issuer) && present(clientId) && present(redirectUri);
        }
    }

    /**
     * @param baseUrl the Web API's address, e.g. https://asiointivaltuustarkistus.suomi.fi
     * @param clientId the Web API Client ID
     * @param apiKey the API Key, the key of the checksum header's HMAC-SHA256
     * @param oauthPassword the OAuth password, for the token request
     * @param redirectUri where the selection interface sends the person back: {@code <base-url>/api/applicant/suomifi/authorized}
     * @param qualifyingRoles the codes of the roles in the register that let a person act for the association
     *        (as the organisation roles query returns them), e.g. PJ (chair) and NIMKO (signing right)
     * @param qualifyingMatters the codes of the e-Authorizations matters (valtuusasiat) whose mandate lets a person act
     *        for the association in the county's grants; the organisation roles query returns a mandate's matter among
     *        the person's roles. Empty: only the roles in the register qualify
     */
    public record Authorizations(
            URI baseUrl,
            String clientId,
            String apiKey,
            String oauthPassword,
            URI redirectUri,
            @DefaultValue({"PJ", "NIMKO"}) List<String> qualifyingRoles,
            @DefaultValue({}) List<String> qualifyingMatters) {

        /** Whether a role or a mandate's matter the organisation roles query returned lets the person act for the association. */
        public boolean qualifies(String role) {
            return qualifyingRoles.contains(role) || qualifyingMatters.contains(role);
        }

        public boolean configured() {
            return present(baseUrl) && present(clientId) && present(apiKey) && present(redirectUri);
        }
    }

    private static boolean present(Object setting) {
        return setting != null && !setting.toString().isBlank();
    }
}
