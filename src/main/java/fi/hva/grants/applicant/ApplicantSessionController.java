package fi.hva.grants.applicant;

import fi.hva.grants.common.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/applicant")
@Tag(name = "Kirjautuminen", description = "Kirjautuminen sähköpostiin lähetettävällä kertakäyttöisellä linkillä")
class ApplicantSessionController {

    private final ApplicantSignIn signIn;
    private final RateLimits rateLimits;
    private final ApplicantProperties properties;
    private final Messages messages;

    ApplicantSessionController(ApplicantSignIn signIn, RateLimits rateLimits, ApplicantProperties properties, Messages messages) {
        this.signIn = signIn;
        this.rateLimits = rateLimits;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping("/sign-in")
    @Operation(summary = "Kirjautumistapa: suomifi (Suomi.fi-tunnistus ja -valtuudet) tai magic-link (sähköpostilinkki)")
    public Map<String, String> signInMode() {
        return Map.of("mode", properties.signIn().code());
    }

    @PostMapping("/sign-in")
    @Operation(summary = "Lähetä kirjautumislinkki yhdistyksen yhteyshenkilön sähköpostiin")
    public ResponseEntity<Map<String, String>> requestLink(@RequestBody ApplicantRequests.SignIn body, HttpServletRequest request) {
        SignInNotOfferedException.unless(properties.signIn() == ApplicantProperties.SignInMode.MAGIC_LINK);
        rateLimits.address(request.getRemoteAddr());
        if (body != null && body.email() != null) {
            rateLimits.signInEmail(ApplicantSignIn.normalizeEmail(body.email()));
        }
        signIn.requestLink(body == null ? null : body.businessId(), body == null ? null : body.email(),
                body == null ? null : body.callCode());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("message", messages.get("applicant.signIn.sent")));
    }

    @PostMapping("/sessions")
    @Operation(summary = "Vaihda kirjautumislinkin tunniste istunnon tunnisteeseen (Bearer); linkki toimii kerran")
    public ResponseEntity<ApplicantRequests.SessionCreated> session(@RequestBody ApplicantRequests.Session body) {
        SignInNotOfferedException.unless(properties.signIn() == ApplicantProperties.SignInMode.MAGIC_LINK);
        ApplicantSignIn.SignedIn signedIn = signIn.exchange(body == null ? null : body.token());
        return ResponseEntity.status(HttpStatus.CREATED).body(new ApplicantRequests.SessionCreated(signedIn.token(),
                signedIn.applicant().businessId(), signedIn.applicant().email(), signedIn.expiresAt()));
    }

    @DeleteMapping("/sessions/current")
    @Operation(summary = "Kirjaudu ulos")
    public ResponseEntity<Void> signOut(Applicant applicant, @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        ApplicantArgumentResolver.token(authorization).ifPresent(signIn::signOut);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me")
    @Operation(summary = "Kirjautunut hakija: yhdistyksen Y-tunnus ja yhteyshenkilön sähköposti tai Suomi.fi-kirjautuneen edustajan nimi")
    public Applicant me(Applicant applicant) {
        return applicant;
    }

    @GetMapping("/texts")
    @Operation(summary = "Asiointisivun tekstit suomeksi")
    public Map<String, String> texts() {
        Map<String, String> texts = new TreeMap<>();
        ResourceBundle.getBundle("i18n.applicant", Messages.FINNISH).keySet().stream()
                .filter(key -> key.startsWith("page."))
                .forEach(key -> texts.put(key, messages.get(key)));
        return texts;
    }
}
