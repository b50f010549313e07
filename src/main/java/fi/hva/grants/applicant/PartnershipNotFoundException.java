package fi.hva.grants.applicant;

/**
 * The partnership does not exist or is not the signed-in applicant's: both get the same answer,
 * so nobody learns which partnership numbers exist.
 */
class PartnershipNotFoundException extends RuntimeException {

    PartnershipNotFoundException(String partnershipNumber) {
        super("No partnership " + partnershipNumber + " for this applicant");
    }
}
