package fi.hva.grants.applicant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A Suomi.fi sign-in under way. It binds each return from Suomi.fi to the browser that started it (the hash of a
 * cookie) and, for e-Identification, to its state; it keeps the nonce and the PKCE verifier, then the person's subject
 * and name and the e-Authorizations session, and finally the association and the one-time hand-off the page exchanges
 * for its session. It is deleted when the sign-in ends, whether or not the person may act for an association.
 */
@Entity
@Table(name = "applicant_suomifi_sign_in")
class SuomiFiSignInState {

    enum Stage { STARTED, IDENTIFIED, AUTHORIZED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String stateHash;
    private String browserHash;
    private String nonce;
    private String codeVerifier;
    private String callCode;
    @Enumerated(EnumType.STRING)
    private Stage stage;
    private String subject;
    private String personName;
    private String webapiSessionId;
    private String businessId;
    private String handoffHash;
    private Instant createdAt;
    private Instant expiresAt;

    protected SuomiFiSignInState() {
    }

    SuomiFiSignInState(String stateHash, String browserHash, String nonce, String codeVerifier, String callCode, Instant createdAt,
                       Instant expiresAt) {
        this.stateHash = stateHash;
        this.browserHash = browserHash;
        this.nonce = nonce;
        this.codeVerifier = codeVerifier;
        this.callCode = callCode;
        this.stage = Stage.STARTED;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    void identified(String subject, String personName, String webapiSessionId) {
        this.stage = Stage.IDENTIFIED;
        this.subject = subject;
        this.personName = personName;
        this.webapiSessionId = webapiSessionId;
    }

    void authorized(String businessId, String handoffHash, Instant handoffExpiresAt) {
        this.stage = Stage.AUTHORIZED;
        this.businessId = businessId;
        this.handoffHash = handoffHash;
        this.expiresAt = handoffExpiresAt;
    }

    boolean isAuthorizedUntilAfter(Instant now) {
        return stage == Stage.AUTHORIZED && expiresAt.isAfter(now);
    }

    boolean at(Stage expected, String browser, Instant now) {
        return stage == expected && browserHash.equals(Tokens.hash(browser)) && expiresAt.isAfter(now);
    }

    String getNonce() {
        return nonce;
    }

    String getCodeVerifier() {
        return codeVerifier;
    }

    String getCallCode() {
        return callCode;
    }

    String getSubject() {
        return subject;
    }

    String getPersonName() {
        return personName;
    }

    String getWebapiSessionId() {
        return webapiSessionId;
    }

    String getBusinessId() {
        return businessId;
    }

    Long getId() {
        return id;
    }
}
