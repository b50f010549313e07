package fi.hva.grants.applicant;

/**
 * The signed-in applicant: the association's business id and the person. The business id is canonical: every
 * sign-in accepts only a valid one and stores it so ({@code BusinessId.parse}).
 * <p>
 * A contact person signed in by magic link is known by their e-mail address only; a representative signed in through
 * Suomi.fi (e-Identification and e-Authorizations) by their name, with the right to act for the association that
 * e-Authorizations confirmed. {@link #follows} is the one rule of what each may see and act on.
 *
 * @param email the contact person's e-mail address; null for a representative
 * @param name the representative's name; null for a contact person
 * @param representative whether e-Authorizations confirmed the person may act for the association
 */
public record Applicant(String businessId, String email, String name, boolean representative) {

    /** A contact person signed in by magic link. */
    public Applicant(String businessId, String email) {
        this(businessId, email, null, false);
    }

    static Applicant representative(String businessId, String name) {
        return new Applicant(businessId, null, name, true);
    }

    /**
     * Whether the applicant may see and act on a case (an application or a partnership) of this association with this
     * contact person. A representative acts for the association and so for all its cases; an e-mail address proves
     * nothing about the association, so a contact person keeps to the cases that name their address.
     */
    boolean follows(String caseBusinessId, String caseContactEmail) {
        return businessId.equals(caseBusinessId) && (representative || email.equalsIgnoreCase(caseContactEmail));
    }
}
