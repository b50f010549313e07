package fi.hva.grants.applicant;

/** No valid applicant session came with the request. */
class ApplicantUnauthorizedException extends RuntimeException {

    ApplicantUnauthorizedException() {
        super("No valid applicant session");
    }
}
