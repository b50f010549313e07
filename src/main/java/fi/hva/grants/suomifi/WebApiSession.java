package fi.hva.grants.suomifi;

/** A registered e-Authorizations Web API session: its id for the queries and the user id for the selection interface. */
public record WebApiSession(String sessionId, String userId) {
}
