package fi.hva.grants.suomifi;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.io.IOException;
import java.net.URI;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * Suomi.fi e-Identification through its OpenID Connect interface: the authorization code flow with state, nonce
 * and PKCE, driven by the backend. The Nimbus OAuth 2.0 SDK builds the requests and validates the ID token
 * (signature from the provider's JWKS, issuer, audience, expiry and nonce). The provider's metadata is read on the
 * first sign-in, so the application starts whether or not Suomi.fi answers.
 */
@Service
public class Identification {

    private final SuomiFiProperties.Identification settings;
    private volatile Provider provider;

    Identification(SuomiFiProperties properties) {
        this.settings = properties.identification();
    }

    /** Where the person's browser goes to identify themselves. */
    public URI authorizationRequest(String state, String nonce, String codeVerifier) {
        Provider op = provider();
        AuthenticationRequest.Builder request = new AuthenticationRequest.Builder(ResponseType.CODE, Scope.parse(settings.scope()),
                new ClientID(settings.clientId()), settings.redirectUri())
                .endpointURI(op.metadata().getAuthorizationEndpointURI())
                .state(new State(state))
                .nonce(new Nonce(nonce));
        if (op.pkce()) {
            request.codeChallenge(new CodeVerifier(codeVerifier), CodeChallengeMethod.S256);
        }
        return request.build().toURI();
    }

    /** Exchanges the authorization code and validates the ID token; the nonce must be the one of this sign-in. */
    public IdentifiedPerson identify(String code, String codeVerifier, String nonce) {
        Provider op = provider();
        AuthorizationCodeGrant grant = new AuthorizationCodeGrant(new AuthorizationCode(code), settings.redirectUri(),
                op.pkce() ? new CodeVerifier(codeVerifier) : null);
        try {
            TokenRequest request = new TokenRequest(op.metadata().getTokenEndpointURI(), clientAuthentication(op), grant, null);
            TokenResponse response = OIDCTokenResponseParser.parse(request.toHTTPRequest().send());
            if (!response.indicatesSuccess()) {
                throw new SuomiFiUnavailableException("e-Identification refused the token request: "
                        + response.toErrorResponse().getErrorObject().getCode());
            }
            JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
            IDTokenClaimsSet claims = op.validator().validate(idToken, new Nonce(nonce));
            String identityCode = claims.getStringClaim(settings.identityCodeClaim());
            String name = Stream.of(claims.getStringClaim(settings.givenNameClaim()), claims.getStringClaim(settings.familyNameClaim()))
                    .filter(Objects::nonNull).collect(Collectors.joining(" "));
            if (identityCode == null || identityCode.isBlank() || name.isBlank()) {
                throw new SuomiFiUnavailableException("The ID token of " + claims.getSubject() + " lacks the identity code or the name");
            }
            return new IdentifiedPerson(claims.getSubject().getValue(), name, identityCode);
        } catch (BadJOSEException | JOSEException e) {
            throw new SuomiFiUnavailableException("e-Identification's ID token was not valid: " + e.getMessage(), e);
        } catch (ParseException | IOException e) {
            throw new SuomiFiUnavailableException("e-Identification's token endpoint failed: " + e.getMessage(), e);
        }
    }

    private ClientAuthentication clientAuthentication(Provider op) throws JOSEException {
        if (settings.clientJwk() != null && !settings.clientJwk().isBlank()) {
            try {
                RSAKey key = RSAKey.parse(settings.clientJwk());
                return new PrivateKeyJWT(new ClientID(settings.clientId()), op.metadata().getTokenEndpointURI(), JWSAlgorithm.RS256,
                        key.toRSAPrivateKey(), key.getKeyID(), null);
            } catch (java.text.ParseException e) {
                throw new IllegalStateException("grants.applicant.suomifi.identification.client-jwk is not an RSA JWK", e);
            }
        }
        return new ClientSecretBasic(new ClientID(settings.clientId()), new Secret(settings.clientSecret()));
    }

    private Provider provider() {
        Provider known = provider;
        if (known != null) {
            return known;
        }
        if (!settings.configured()) {
            throw new SuomiFiUnavailableException("Suomi.fi e-Identification is not configured (grants.applicant.suomifi.identification)");
        }
        try {
            OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()));
            IDTokenValidator validator = new IDTokenValidator(metadata.getIssuer(), new ClientID(settings.clientId()),
                    JWSAlgorithm.RS256, metadata.getJWKSetURI().toURL());
            boolean pkce = metadata.getCodeChallengeMethods() != null && metadata.getCodeChallengeMethods().contains(CodeChallengeMethod.S256);
            provider = new Provider(metadata, validator, pkce);
            return provider;
        } catch (GeneralException | IOException e) {
            throw new SuomiFiUnavailableException("e-Identification's metadata could not be read from " + settings.issuer(), e);
        }
    }

    private record Provider(OIDCProviderMetadata metadata, IDTokenValidator validator, boolean pkce) {
    }
}
