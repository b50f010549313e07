package fi.hva.grants.applicant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The browser's way through Suomi.fi: the page links to {@code start}, Suomi.fi's services send the browser back to
 * {@code identified} and {@code authorized}, and the page exchanges the one-time hand-off for its bearer session. The
 * only cookie of the applicant API binds those returns to the browser that started the sign-in; it authenticates
 * nothing else.
 */
@RestController
@RequestMapping("/api/applicant/suomifi")
@Tag(name = "Suomi.fi-kirjautuminen", description = "Yhdistyksen edustajan kirjautuminen Suomi.fi-tunnistuksella ja -valtuuksilla")
class SuomiFiSignInController {

    static final String COOKIE = "grants_suomifi";
    private static final String COOKIE_PATH = "/api/applicant/suomifi";

    private final SuomiFiSignIn signIn;
    private final RateLimits rateLimits;
    private final ApplicantProperties properties;

    SuomiFiSignInController(SuomiFiSignIn signIn, RateLimits rateLimits, ApplicantProperties properties) {
        this.signIn = signIn;
        this.rateLimits = rateLimits;
        this.properties = properties;
    }

    @GetMapping("/start")
    @Operation(summary = "Aloita kirjautuminen: ohjaa Suomi.fi-tunnistukseen")
    public ResponseEntity<Void> start(@RequestParam(required = false) String callCode, HttpServletRequest request) {
        offered();
        rateLimits.address(request.getRemoteAddr());
        SuomiFiSignIn.Started started = signIn.start(callCode);
        return redirect(started.redirect(), cookie(started.browser(), SuomiFiSignIn.FLOW_VALIDITY.toSeconds()));
    }

    @GetMapping("/identified")
    @Operation(summary = "Paluu Suomi.fi-tunnistuksesta (OpenID Connect redirect_uri)")
    public ResponseEntity<Void> identified(@RequestParam(required = false) String state, @RequestParam(required = false) String code,
                                           @RequestParam(required = false) String error,
                                           @CookieValue(name = COOKIE, required = false) String browser) {
        offered();
        return redirect(signIn.identified(state, code, error, browser), null);
    }

    @GetMapping("/authorized")
    @Operation(summary = "Paluu Suomi.fi-valtuuksien valintaliittymästä")
    public ResponseEntity<Void> authorized(@RequestParam(required = false) String code, @RequestParam(required = false) String error,
                                           @CookieValue(name = COOKIE, required = false) String browser) {
        offered();
        return redirect(signIn.authorized(code, error, browser), cookie("", 0));
    }

    @PostMapping("/sessions")
    @Operation(summary = "Vaihda kertakäyttöinen tunniste istunnon tunnisteeseen (Bearer)")
    public ResponseEntity<ApplicantRequests.SessionCreated> session(@RequestBody ApplicantRequests.Session body) {
        offered();
        ApplicantSignIn.SignedIn signedIn = signIn.exchange(body == null ? null : body.token());
        return ResponseEntity.status(HttpStatus.CREATED).body(new ApplicantRequests.SessionCreated(signedIn.token(),
                signedIn.applicant().businessId(), null, signedIn.expiresAt()));
    }

    private void offered() {
        SignInNotOfferedException.unless(properties.signIn() == ApplicantProperties.SignInMode.SUOMIFI);
    }

    private ResponseCookie cookie(String value, long maxAgeSeconds) {
        return ResponseCookie.from(COOKIE, value).httpOnly(true).secure(properties.baseUrl().startsWith("https:"))
                .sameSite("Lax").path(COOKIE_PATH).maxAge(maxAgeSeconds).build();
    }

    private static ResponseEntity<Void> redirect(URI location, ResponseCookie cookie) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(HttpStatus.FOUND).location(location);
        if (cookie != null) {
            response.header(HttpHeaders.SET_COOKIE, cookie.toString());
        }
        return response.build();
    }
}
