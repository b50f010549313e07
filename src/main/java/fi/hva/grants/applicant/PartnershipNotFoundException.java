package fi.hva.grants.applicant;

/**
 * The partnership does not exist or is not the signed-in applicant's: both get the same answer,
 * so nobody learns which partnership numbers exist.
 */
public class PartnershipNotFoundException extends RuntimeException {

    public PartnershipNotFoundException(String partnershipNumber) {
        super("No partnership " + partnershipNumber + " for this applicant");
    }
}
