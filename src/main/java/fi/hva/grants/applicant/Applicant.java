package fi.hva.grants.applicant;

/**
 * The signed-in applicant: the association's business id and the contact person's e-mail address.
 * They see the applications of that association where they are the contact person. The business id is
 * canonical: sign-in accepts only a valid one and stores it so ({@code BusinessId.parse}).
 */
public record Applicant(String businessId, String email) {
}
