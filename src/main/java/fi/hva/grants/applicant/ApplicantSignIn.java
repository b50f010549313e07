package fi.hva.grants.applicant;

import fi.hva.grants.association.BusinessId;
import fi.hva.grants.common.EmailAddress;
import fi.hva.grants.common.FormValues;
import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import fi.hva.grants.common.Problems;
import fi.hva.grants.notification.Mail;
import fi.hva.grants.notification.Mailer;
import fi.hva.grants.region.RegionProperties;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Magic-link sign-in, the way the state grant system valtionavustus does it: the contact person
 * gives the association's business id and their e-mail address and gets a link that works once.
 */
@Service
class ApplicantSignIn {

    static final Pattern CALL_CODE = Pattern.compile("[A-Za-z0-9-]{1,20}");
    private static final int MAX_EMAIL = 200;

    private final MagicLinkRepository links;
    private final ApplicantSessionRepository sessions;
    private final RepresentativeSessionRepository representatives;
    private final Mailer mailer;
    private final ApplicantProperties properties;
    private final RegionProperties region;
    private final Messages messages;

    ApplicantSignIn(MagicLinkRepository links, ApplicantSessionRepository sessions, RepresentativeSessionRepository representatives,
                    Mailer mailer, ApplicantProperties properties, RegionProperties region, Messages messages) {
        this.links = links;
        this.sessions = sessions;
        this.representatives = representatives;
        this.mailer = mailer;
        this.properties = properties;
        this.region = region;
        this.messages = messages;
    }

    /** Mails a sign-in link; the answer is the same whether or not the association has applied before. */
    @Transactional
    public void requestLink(String businessId, String email, String callCode) {
        Optional<BusinessId> id = BusinessId.parse(FormValues.text(businessId));
        String address = normalizeEmail(email);
        String call = FormValues.text(callCode);
        Problems problems = new Problems(messages);
        problems.addIf(id.isEmpty(), "applicant.businessId.invalid");
        problems.addIf(!isValidEmail(address), "applicant.email.invalid");
        problems.addIf(call != null && !CALL_CODE.matcher(call).matches(), "applicant.callCode.invalid");
        problems.throwIfAny();
        String token = Tokens.random();
        Instant now = Now.instant();
        links.save(new MagicLink(Tokens.hash(token), id.get().value(), address, now, now.plus(properties.magicLinkValidity())));
        mailer.send(new Mail(null, address, messages.get("applicant.mail.signIn.subject", region.name()),
                messages.get("applicant.mail.signIn.body", id.get().value(), link(token, call), properties.magicLinkValidity().toMinutes(),
                        region.name()), null));
    }

    /** Exchanges a link's token for a session; a used, expired or unknown link gets one and the same answer. */
    @Transactional
    public SignedIn exchange(String token) {
        String text = FormValues.text(token);
        Instant now = Now.instant();
        if (text == null || text.length() > 100 || links.use(Tokens.hash(text), now) != 1) {
            throw new InvalidInputException(List.of(messages.get("applicant.link.invalid")));
        }
        MagicLink link = links.findByTokenHash(Tokens.hash(text)).orElseThrow();
        String sessionToken = Tokens.random();
        Instant expiresAt = now.plus(properties.sessionValidity());
        sessions.save(new ApplicantSession(Tokens.hash(sessionToken), link.getBusinessId(), link.getEmail(), now, expiresAt));
        return new SignedIn(sessionToken, new Applicant(link.getBusinessId(), link.getEmail()), expiresAt);
    }

    /**
     * The applicant of a session token, whichever way they signed in: a session outlives a change of the county's
     * sign-in mode until it expires.
     */
    @Transactional(readOnly = true)
    public Optional<Applicant> applicant(String sessionToken) {
        String hash = Tokens.hash(sessionToken);
        Instant now = Now.instant();
        return sessions.findByTokenHashAndExpiresAtAfter(hash, now)
                .map(session -> new Applicant(session.getBusinessId(), session.getEmail()))
                .or(() -> representatives.findByTokenHashAndExpiresAtAfter(hash, now).map(RepresentativeSession::applicant));
    }

    @Transactional
    public void signOut(String sessionToken) {
        String hash = Tokens.hash(sessionToken);
        Instant now = Now.instant();
        sessions.findByTokenHashAndExpiresAtAfter(hash, now).ifPresent(session -> session.end(now));
        representatives.findByTokenHashAndExpiresAtAfter(hash, now).ifPresent(session -> session.end(now));
    }

    /** The mailer accepts only strict RFC 822 addresses, so the check is the same. */
    static boolean isValidEmail(String address) {
        if (address == null || address.length() > MAX_EMAIL || !EmailAddress.isValid(address)) {
            return false;
        }
        try {
            new InternetAddress(address, true);
            return true;
        } catch (AddressException e) {
            return false;
        }
    }

    static String normalizeEmail(String email) {
        String text = FormValues.text(email);
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    private String link(String token, String callCode) {
        return UriComponentsBuilder.fromUriString(properties.baseUrl())
                .path(callCode == null ? "/asiointi" : "/hae/" + callCode.toUpperCase(Locale.ROOT))
                .queryParam("token", token).build().toUriString();
    }

    public record SignedIn(String token, Applicant applicant, Instant expiresAt) {
    }
}
