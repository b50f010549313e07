package fi.hva.grants.suomifi;

/** e-Authorizations answered 401: the Web API session has expired, so the person must sign in again. */
public class AuthorizationSessionExpiredException extends RuntimeException {

    public AuthorizationSessionExpiredException() {
        super("The e-Authorizations Web API session has expired");
    }
}
