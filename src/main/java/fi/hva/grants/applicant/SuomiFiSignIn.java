package fi.hva.grants.applicant;

import fi.hva.grants.association.BusinessId;
import fi.hva.grants.common.FormValues;
import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import fi.hva.grants.suomifi.AuthorizationSessionExpiredException;
import fi.hva.grants.suomifi.EAuthorizations;
import fi.hva.grants.suomifi.Identification;
import fi.hva.grants.suomifi.IdentifiedPerson;
import fi.hva.grants.suomifi.Organization;
import fi.hva.grants.suomifi.SuomiFiProperties;
import fi.hva.grants.suomifi.SuomiFiUnavailableException;
import fi.hva.grants.suomifi.WebApiSession;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Sign-in of an association's representative through Suomi.fi: e-Identification tells who the person is,
 * e-Authorizations for which association they may act, by a role in the register or a mandate for a matter that the
 * county accepts ({@code grants.applicant.suomifi.authorizations.qualifying-roles} and {@code qualifying-matters}). The person's identity code goes from the ID token
 * to e-Authorizations' session registration and nowhere else. Every end of the flow but a successful one deletes
 * what the flow stored, so a person without the right to act for an association leaves no session behind.
 */
@Service
class SuomiFiSignIn {

    /** Suomi.fi's pages may take the person a while; a sign-in not finished by then starts over. */
    static final Duration FLOW_VALIDITY = Duration.ofMinutes(15);
    /** The page exchanges the hand-off for its session as soon as it loads. */
    static final Duration HANDOFF_VALIDITY = Duration.ofMinutes(2);
    static final String ERROR_PARAMETER = "signInError";
    static final String HANDOFF_PARAMETER = "suomifi";

    private static final Logger LOG = LoggerFactory.getLogger(SuomiFiSignIn.class);

    private final SuomiFiSignInStateRepository states;
    private final RepresentativeSessionRepository sessions;
    private final Identification identification;
    private final EAuthorizations authorizations;
    private final SuomiFiProperties suomiFi;
    private final ApplicantProperties properties;
    private final Messages messages;

    SuomiFiSignIn(SuomiFiSignInStateRepository states, RepresentativeSessionRepository sessions, Identification identification,
                  EAuthorizations authorizations, SuomiFiProperties suomiFi, ApplicantProperties properties, Messages messages) {
        this.states = states;
        this.sessions = sessions;
        this.identification = identification;
        this.authorizations = authorizations;
        this.suomiFi = suomiFi;
        this.properties = properties;
        this.messages = messages;
    }

    /** Where the browser goes first, and the secret of the cookie that binds the returns from Suomi.fi to this browser. */
    record Started(URI redirect, String browser) {
    }

    @Transactional
    public Started start(String callCode) {
        String call = FormValues.text(callCode);
        if (call != null && !ApplicantSignIn.CALL_CODE.matcher(call).matches()) {
            throw new InvalidInputException(List.of(messages.get("applicant.callCode.invalid")));
        }
        String state = Tokens.random();
        String nonce = Tokens.random();
        String verifier = Tokens.random();
        String browser = Tokens.random();
        Instant now = Now.instant();
        URI redirect = identification.authorizationRequest(state, nonce, verifier);
        states.save(new SuomiFiSignInState(Tokens.hash(state), Tokens.hash(browser), nonce, verifier,
                call == null ? null : call.toUpperCase(Locale.ROOT), now, now.plus(FLOW_VALIDITY)));
        return new Started(redirect, browser);
    }

    /** Back from e-Identification: on to e-Authorizations' selection interface, or back to the page with the reason. */
    @Transactional
    public URI identified(String state, String code, String error, String browser) {
        Optional<SuomiFiSignInState> found = state == null || browser == null ? Optional.empty()
                : states.findByStateHash(Tokens.hash(state)).filter(s -> s.at(SuomiFiSignInState.Stage.STARTED, browser, Now.instant()));
        if (found.isEmpty()) {
            return page(null, "failed");
        }
        SuomiFiSignInState signIn = found.get();
        if (error != null || code == null) {
            states.delete(signIn);
            return page(signIn.getCallCode(), "cancelled");
        }
        try {
            IdentifiedPerson person = identification.identify(code, signIn.getCodeVerifier(), signIn.getNonce());
            WebApiSession session = authorizations.register(person.identityCode());
            signIn.identified(person.subject(), person.name(), session.sessionId());
            return authorizations.selectionInterface(session);
        } catch (SuomiFiUnavailableException e) {
            LOG.warn("Suomi.fi sign-in failed at e-Identification: {}", e.getMessage());
            states.delete(signIn);
            return page(signIn.getCallCode(), "failed");
        }
    }

    /** Back from e-Authorizations' selection interface: the association the person chose, if they may act for it. */
    @Transactional
    public URI authorized(String code, String error, String browser) {
        Optional<SuomiFiSignInState> found = browser == null ? Optional.empty()
                : states.findFirstByBrowserHashOrderByIdDesc(Tokens.hash(browser))
                        .filter(s -> s.at(SuomiFiSignInState.Stage.IDENTIFIED, browser, Now.instant()));
        if (found.isEmpty()) {
            return page(null, "failed");
        }
        SuomiFiSignInState signIn = found.get();
        if (error != null || code == null) {
            states.delete(signIn);
            return page(signIn.getCallCode(), "cancelled");
        }
        try {
            String accessToken = authorizations.accessToken(code);
            List<Organization> organizations = authorizations.organizationRoles(new WebApiSession(signIn.getWebapiSessionId(), null), accessToken);
            Optional<String> businessId = organizations.stream().filter(this::qualifies)
                    .map(o -> BusinessId.parse(o.identifier())).flatMap(Optional::stream).map(BusinessId::value).findFirst();
            if (businessId.isEmpty()) {
                LOG.info("Suomi.fi sign-in of {} refused: no qualifying role in the {} organisations chosen",
                        signIn.getSubject(), organizations.size());
                states.delete(signIn);
                return page(signIn.getCallCode(), "noMandate");
            }
            String handoff = Tokens.random();
            signIn.authorized(businessId.get(), Tokens.hash(handoff), Now.instant().plus(HANDOFF_VALIDITY));
            return page(signIn.getCallCode()).queryParam(HANDOFF_PARAMETER, handoff).build().toUri();
        } catch (AuthorizationSessionExpiredException e) {
            LOG.info("Suomi.fi sign-in of {}: the e-Authorizations session had expired", signIn.getSubject());
            states.delete(signIn);
            return page(signIn.getCallCode(), "expired");
        } catch (SuomiFiUnavailableException e) {
            LOG.warn("Suomi.fi sign-in failed at e-Authorizations: {}", e.getMessage());
            states.delete(signIn);
            return page(signIn.getCallCode(), "failed");
        }
    }

    /** The page's one-time hand-off becomes the representative's session; a used, expired or unknown one is refused. */
    @Transactional
    public ApplicantSignIn.SignedIn exchange(String handoff) {
        String text = FormValues.text(handoff);
        Instant now = Now.instant();
        SuomiFiSignInState signIn = (text == null || text.length() > 100 ? Optional.<SuomiFiSignInState>empty()
                : states.findByHandoffHash(Tokens.hash(text)))
                .filter(s -> s.isAuthorizedUntilAfter(now))
                .orElseThrow(() -> new InvalidInputException(List.of(messages.get("applicant.suomifi.handoff.invalid"))));
        states.delete(signIn);
        states.flush();
        String token = Tokens.random();
        Instant expiresAt = now.plus(properties.sessionValidity());
        sessions.save(new RepresentativeSession(Tokens.hash(token), signIn.getBusinessId(), signIn.getSubject(), signIn.getPersonName(),
                now, expiresAt));
        return new ApplicantSignIn.SignedIn(token, Applicant.representative(signIn.getBusinessId(), signIn.getPersonName()), expiresAt);
    }

    private boolean qualifies(Organization organization) {
        return organization.roles().stream().anyMatch(suomiFi.authorizations()::qualifies);
    }

    /** Back to the page the person started from, with the reason the sign-in ended for the page to show. */
    private URI page(String callCode, String error) {
        return page(callCode).queryParam(ERROR_PARAMETER, error).build().toUri();
    }

    private UriComponentsBuilder page(String callCode) {
        return UriComponentsBuilder.fromUriString(properties.baseUrl()).path(callCode == null ? "/asiointi" : "/hae/" + callCode);
    }
}
