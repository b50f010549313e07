package fi.hva.grants.applicant;

/** No valid applicant session came with the request. */
public class ApplicantUnauthorizedException extends RuntimeException {

    public ApplicantUnauthorizedException() {
        super("No valid applicant session");
    }
}
