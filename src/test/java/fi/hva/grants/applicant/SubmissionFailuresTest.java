package fi.hva.grants.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.hva.grants.association.AssociationRepository;
import fi.hva.grants.call.GrantCall;
import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.grant.ApplicationFormFields;
import fi.hva.grants.grant.GrantApplicationRepository;
import fi.hva.grants.notification.SentMailRepository;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ProcessKeys;
import fi.hva.grants.process.ProcessTest;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/** Submissions that cannot be stored: numbers that are no amounts, and a database that fails. */
@ProcessTest
class SubmissionFailuresTest {

    private static final String UNREADABLE = "Haettava summa ei kelpaa: anna euromäärä numeroina, esimerkiksi 12500 tai 12500,50.";

    @Autowired WebApplicationContext context;
    @Autowired ObjectMapper objectMapper;
    @Autowired SentMailRepository mails;
    @Autowired ProcessFixtures fixtures;
    @Autowired GrantApplicationRepository applications;
    @Autowired SubmissionRepository submissions;
    @Autowired AssociationRepository associations;
    @Autowired HistoryService historyService;
    @Autowired RuntimeService runtimeService;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;

    ApplicantApi api;
    GrantCall call;
    String bearer;
    Set<String> instancesBefore;

    @BeforeEach
    void setUp() throws Exception {
        instancesBefore = applicationInstanceIds();
        api = new ApplicantApi(context, objectMapper, mails);
        call = fixtures.openCall();
        bearer = api.signIn(ApplicantApiIT.BUSINESS_ID, ApplicantApiIT.EMAIL);
    }

    /** Other tests of this engine count the application instances; the ones started here end here. */
    @AfterEach
    void removeStartedInstances() {
        applicationInstanceIds().stream().filter(id -> !instancesBefore.contains(id))
                .forEach(id -> runtimeService.deleteProcessInstance(id, "test finished", true, true));
    }

    private Set<String> applicationInstanceIds() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.APPLICATION_PROCESS).list().stream()
                .map(ProcessInstance::getId).collect(Collectors.toSet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "-1e999999999", "1e400", "\"1e999999999\"", "\"1e-999999999\"",
            "123456789012345678901234567890123456789", "\"NaN\"", "\"Infinity\""})
    void aNumberThatIsNoAmountIsRefusedWithTheFinnishMessageAndStoresNothing(String amount) throws Exception {
        String body = api.toJson(ApplicantApiIT.form(call.getCode()))
                .replace("\"" + ApplicationFormFields.REQUESTED_AMOUNT + "\":12000", "\"" + ApplicationFormFields.REQUESTED_AMOUNT + "\":" + amount);
        assertThat(body).contains(amount);
        Map<String, Long> before = counts();

        MockHttpServletResponse response = api.submit(bearer, null, body);

        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(api.body(response).get("problems")).extracting(JsonNode::asText).contains(UNREADABLE);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void theEngineSideStartRefusesTheSameNumbersInFinnish() {
        long before = applications.count();
        for (Object amount : new Object[] {Double.POSITIVE_INFINITY, Double.NaN, "1e999999999", "1e-999999999", "kymppitonni"}) {
            Map<String, Object> form = ProcessFixtures.application(call.getCode());
            form.put(ApplicationFormFields.REQUESTED_AMOUNT, amount);

            assertThatThrownBy(() -> fixtures.startApplication(form)).as("%s", amount)
                    .isInstanceOf(InvalidInputException.class).hasMessage(UNREADABLE);
        }
        assertThat(applications.count()).isEqualTo(before);
    }

    @Test
    void aDatabaseFailureOtherThanTheKeysIsA503WithRetryAfterAndStoresNothing() throws Exception {
        Map<String, Long> before = counts();

        MockHttpServletResponse failed = DatabaseFailures.withFailingSubmissionKey(jdbc,
                () -> api.submit(bearer, DatabaseFailures.FAILING_KEY, ApplicantApiIT.form(call.getCode())));

        DatabaseFailures.assertUnavailableAndNothingStored(api, failed, before, counts());
        assertThat(api.submit(bearer, DatabaseFailures.FAILING_KEY, ApplicantApiIT.form(call.getCode())).getStatus())
                .as("the page sends the same key again").isEqualTo(201);
    }

    @Test
    void onlyAUniqueViolationOfTheSubmissionKeyMeansInProgress() {
        DatabaseFailures.assertOnlyTheSubmissionKeyMeansInProgress(tx, submissions, associations, "4567891-5");
    }

    private Map<String, Long> counts() {
        return DatabaseFailures.counts(applications, submissions,
                historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ProcessKeys.APPLICATION_PROCESS).count());
    }
}
