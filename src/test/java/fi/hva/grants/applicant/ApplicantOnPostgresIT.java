package fi.hva.grants.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.hva.grants.association.AssociationRepository;
import fi.hva.grants.call.GrantCall;
import fi.hva.grants.grant.ApplicationAttachmentRepository;
import fi.hva.grants.grant.GrantApplicationRepository;
import fi.hva.grants.grant.TestFiles;
import fi.hva.grants.notification.SentMailRepository;
import fi.hva.grants.postgres.PostgresTest;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ProcessKeys;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.web.context.WebApplicationContext;

/**
 * The e-service's tables on a real PostgreSQL: single-use links, the idempotency index under a double click, bytea
 * files, and which database failures mean "in progress".
 */
@PostgresTest
class ApplicantOnPostgresIT {

    @Autowired WebApplicationContext context;
    @Autowired ObjectMapper objectMapper;
    @Autowired SentMailRepository mails;
    @Autowired ProcessFixtures fixtures;
    @Autowired GrantApplicationRepository applications;
    @Autowired ApplicationAttachmentRepository attachments;
    @Autowired SubmissionRepository submissions;
    @Autowired AssociationRepository associations;
    @Autowired JdbcTemplate jdbc;
    @Autowired HistoryService historyService;
    @Autowired TransactionTemplate tx;

    @Test
    void aDoubleClickMakesOneApplicationAndItsAttachmentIsKept() throws Exception {
        ApplicantApi api = new ApplicantApi(context, objectMapper, mails);
        GrantCall call = fixtures.openCall();
        api.requestLink(ApplicantApiIT.BUSINESS_ID, ApplicantApiIT.EMAIL);
        String token = api.mailedToken(ApplicantApiIT.EMAIL);
        String bearer = "Bearer " + api.body(api.exchange(token)).get("token").asText();
        assertThat(api.exchange(token).getStatus()).isEqualTo(400);
        long before = applications.count();

        ExecutorService clicks = Executors.newFixedThreadPool(2);
        Callable<MockHttpServletResponse> click = () -> api.submit(bearer, "tupla-klikkaus", ApplicantApiIT.form(call.getCode()));
        List<Future<MockHttpServletResponse>> responses = clicks.invokeAll(List.of(click, click));
        clicks.shutdown();

        List<Integer> statuses = responses.stream().map(response -> {
            try {
                return response.get().getStatus();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(statuses).allMatch(status -> status < 500).contains(201);
        assertThat(applications.count()).isEqualTo(before + 1);
        String number = api.body(responses.stream().map(this::get).filter(r -> r.getStatus() == 201).findFirst().orElseThrow())
                .get("applicationNumber").asText();

        MockHttpServletResponse uploaded = api.perform(multipart("/api/applicant/applications/" + number + "/attachments")
                .file(new MockMultipartFile("file", "talousarvio.pdf", "application/pdf", TestFiles.pdf())).param("kind", "BUDGET")
                .header(HttpHeaders.AUTHORIZATION, bearer));
        assertThat(uploaded.getStatus()).isEqualTo(201);
        assertThat(attachments.findById(api.body(uploaded).get("id").asLong()).orElseThrow().getContent()).isEqualTo(TestFiles.pdf());
    }

    @Test
    void aDatabaseFailureOtherThanTheKeysIsA503AndOnlyTheKeysUniqueViolationMeansInProgress() throws Exception {
        ApplicantApi api = new ApplicantApi(context, objectMapper, mails);
        GrantCall call = fixtures.openCall();
        String bearer = api.signIn(ApplicantApiIT.BUSINESS_ID, ApplicantApiIT.EMAIL);
        Map<String, Long> before = counts();

        MockHttpServletResponse failed = DatabaseFailures.withFailingSubmissionKey(jdbc,
                () -> api.submit(bearer, DatabaseFailures.FAILING_KEY, ApplicantApiIT.form(call.getCode())));

        DatabaseFailures.assertUnavailableAndNothingStored(api, failed, before, counts());
        DatabaseFailures.assertOnlyTheSubmissionKeyMeansInProgress(tx, submissions, associations, "4567891-5");
    }

    private Map<String, Long> counts() {
        return DatabaseFailures.counts(applications, submissions,
                historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ProcessKeys.APPLICATION_PROCESS).count());
    }

    private MockHttpServletResponse get(Future<MockHttpServletResponse> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
