package fi.hva.grants.applicant;

import java.math.BigDecimal;

/** The JSON bodies of the applicant API. */
final class ApplicantRequests {

    private ApplicantRequests() {
    }

    /** Ask for a sign-in link; with a call code the link returns to that call's application page. */
    record SignIn(String businessId, String email, String callCode) {
    }

    /** The token of a mailed sign-in link. */
    record Session(String token) {
    }

    record SessionCreated(String token, String businessId, String email, java.time.Instant expiresAt) {
    }

    record InfoAnswer(String answer) {
    }

    record UseReport(BigDecimal usedAmount, String content) {
    }

    record Rectification(String content) {
    }

    /** The association's response (vastine) to a recovery hearing. */
    record HearingResponse(String response) {
    }

    /** A partnership agreement's annual report of the year, or without a year its final report. */
    record PartnershipReport(Integer year, String content) {
    }
}
