package fi.hva.grants.decision;

/**
 * Who made a rectification request and how it came: through the e-service, or by post, at the registry office or by
 * e-mail, recorded by an officer. A member of the county has a period of their own, from the minutes' publication.
 */
public record RequestOrigin(Requester requester, String requesterName, Channel channel, String recordedBy) {

    public enum Requester { APPLICANT, COUNTY_MEMBER }

    public enum Channel { E_SERVICE, POST, REGISTRY_OFFICE, EMAIL }

    /** The association itself, signed in to the e-service. */
    public static RequestOrigin eService() {
        return new RequestOrigin(Requester.APPLICANT, null, Channel.E_SERVICE, null);
    }
}
