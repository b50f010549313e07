package fi.hva.grants.applicant;

/**
 * The application does not exist or is not the signed-in applicant's: both get the same answer,
 * so nobody learns which application numbers exist.
 */
class ApplicationNotFoundException extends RuntimeException {

    ApplicationNotFoundException(String applicationNumber) {
        super("No application " + applicationNumber + " for this applicant");
    }
}
