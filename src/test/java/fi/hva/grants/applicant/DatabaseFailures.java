package fi.hva.grants.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fi.hva.grants.association.Association;
import fi.hva.grants.association.AssociationRepository;
import fi.hva.grants.common.Now;
import fi.hva.grants.grant.GrantApplicationRepository;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Real database failures at submission, on whichever database the test runs: a constraint of another kind
 * than the submission key's, and the unique violations that a submission can meet.
 */
final class DatabaseFailures {

    /** Refused by a check constraint the test adds for the time of the request, not by the key's unique index. */
    static final String FAILING_KEY = "tietokanta-vikaa";

    private DatabaseFailures() {
    }

    /** The request runs while the database refuses every submission with {@link #FAILING_KEY}. */
    static MockHttpServletResponse withFailingSubmissionKey(JdbcTemplate jdbc, Callable<MockHttpServletResponse> request)
            throws Exception {
        jdbc.execute("alter table applicant_submission add constraint ck_test_failing_key check (idempotency_key <> '"
                + FAILING_KEY + "')");
        try {
            return request.call();
        } finally {
            jdbc.execute("alter table applicant_submission drop constraint ck_test_failing_key");
        }
    }

    /** A 503 problem in Finnish with Retry-After, and nothing stored. */
    static void assertUnavailableAndNothingStored(ApplicantApi api, MockHttpServletResponse response, Map<String, Long> before,
                                                  Map<String, Long> after) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(response.getHeader("Retry-After"))).isPositive();
        assertThat(api.body(response).get("title").asText()).isEqualTo("Palvelu on hetkellisesti poissa käytöstä");
        assertThat(api.body(response).get("detail").asText()).contains("eikä mitään tallennettu");
        assertThat(after).isEqualTo(before);
    }

    /** What a second submission with a stored key, and a second register entry of a business id, fail with. */
    static void assertOnlyTheSubmissionKeyMeansInProgress(TransactionTemplate tx, SubmissionRepository submissions,
                                                          AssociationRepository associations, String businessId) {
        tx.executeWithoutResult(status -> submissions.saveAndFlush(new Submission(businessId, "kahdesti", "a", Now.instant())));
        DataAccessException sameKey = catchThrowableOfType(DataAccessException.class, () -> tx.executeWithoutResult(
                status -> submissions.saveAndFlush(new Submission(businessId, "kahdesti", "a", Now.instant()))));
        tx.executeWithoutResult(status -> associations.saveAndFlush(new Association(businessId, "Yhdistys ry", null, null, null)));
        DataAccessException sameAssociation = catchThrowableOfType(DataAccessException.class, () -> tx.executeWithoutResult(
                status -> associations.saveAndFlush(new Association(businessId, "Toinen ry", null, null, null))));

        assertThat(ElectronicSubmissions.lostRaceForKey(sameKey)).as("%s", sameKey).isTrue();
        assertThat(ElectronicSubmissions.lostRaceForKey(sameAssociation)).as("%s", sameAssociation).isFalse();
    }

    static Map<String, Long> counts(GrantApplicationRepository applications, SubmissionRepository submissions, long instances) {
        return Map.of("applications", applications.count(), "submissions", submissions.count(), "instances", instances);
    }
}
