package fi.hva.grants.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import fi.hva.grants.call.GrantCall;
import fi.hva.grants.grant.GrantApplication;
import fi.hva.grants.grant.GrantApplicationRepository;
import fi.hva.grants.lahella.ListingStatus;
import fi.hva.grants.process.ProcessFixtures;
import fi.hva.grants.process.ProcessKeys;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Lähellä.fi is down while 100 applications arrive: the real HTTP adapter gets "connection refused",
 * each listing-check job goes through its retry cycle (R5/PT10M) into an incident, and after the
 * service is back an operator retries the jobs as Cockpit does. Every application must continue,
 * and the service must have been asked exactly once per application after it came back.
 *
 * <p>The job executor is off (test profile); the test executes due jobs itself and moves the engine
 * clock through the retry cycle, which is what the executor would do over 50 minutes.
 */
@SpringBootTest(properties = {"grants.listing.mode=http", "grants.listing.read-timeout=PT2S"})
@ActiveProfiles("test")
@Import(ProcessFixtures.class)
class LahellaOutageIT {

    private static final int APPLICATIONS = 100;
    private static final int PORT = freePort();

    @Autowired ProcessFixtures fixtures;
    @Autowired ManagementService managementService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired GrantApplicationRepository applications;

    private WireMockServer lahella;

    @DynamicPropertySource
    static void lahellaAddress(DynamicPropertyRegistry registry) {
        registry.add("grants.listing.base-url", () -> "http://127.0.0.1:" + PORT);
    }

    @AfterEach
    void stopService() {
        if (lahella != null) {
            lahella.stop();
        }
        ClockUtil.reset();
    }

    @Test
    void hundredApplicationsBecomeIncidentsWhileTheServiceIsDownAndAllContinueWhenRetried() {
        GrantCall call = fixtures.openCall();
        for (int i = 0; i < APPLICATIONS; i++) {
            fixtures.startApplication(ProcessFixtures.application(call.getCode()));
        }
        assertThat(listingJobs()).hasSize(APPLICATIONS);

        runRetryCycleWithServiceDown();

        assertThat(runtimeService.createIncidentQuery().list()).hasSize(APPLICATIONS)
                .allSatisfy(incident -> {
                    assertThat(incident.getActivityId()).isEqualTo("checkListing");
                    assertThat(incident.getIncidentMessage()).contains("could not be queried");
                });
        assertThat(reviewTasks()).isZero();

        lahella = new WireMockServer(options().port(PORT).bindAddress("127.0.0.1"));
        lahella.start();
        lahella.stubFor(get(urlPathEqualTo("/api/organizations")).willReturn(okJson("""
                {"results":[{"id":"abc-1","name":"Kajaanin Mielenterveysyhdistys ry",
                  "url":"https://www.lahella.fi/jarjestot/abc-1"}]}
                """)));
        for (Job job : listingJobs()) {
            managementService.setJobRetries(job.getId(), 1);
        }
        fixtures.executeDueJobs();

        assertThat(runtimeService.createIncidentQuery().count()).isZero();
        assertThat(reviewTasks()).as("applications waiting for review after the retry").isEqualTo(APPLICATIONS);
        assertThat(applications.findByCallIdOrderByApplicationNumber(call.getId()))
                .hasSize(APPLICATIONS)
                .extracting(GrantApplication::getListingStatus).containsOnly(ListingStatus.LISTED);
        lahella.verify(APPLICATIONS, getRequestedFor(urlPathEqualTo("/api/organizations")));
    }

    /** Executes the due listing jobs, then moves the clock past the retry interval, until no retries are left. */
    private void runRetryCycleWithServiceDown() {
        for (int round = 0; round < 10; round++) {
            List<Job> due = managementService.createJobQuery().activityId("checkListing").executable().list();
            if (due.isEmpty()) {
                return;
            }
            for (Job job : due) {
                try {
                    managementService.executeJob(job.getId());
                } catch (RuntimeException expected) {
                    // The engine records the failure on the job and decrements its retries; that is under test.
                }
            }
            ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(11))));
        }
        throw new AssertionError("The listing jobs did not run out of retries in 10 rounds");
    }

    private List<Job> listingJobs() {
        return managementService.createJobQuery().processDefinitionKey(ProcessKeys.APPLICATION_PROCESS)
                .activityId("checkListing").list();
    }

    private long reviewTasks() {
        return taskService.createTaskQuery().processDefinitionKey(ProcessKeys.APPLICATION_PROCESS)
                .taskDefinitionKey("reviewApplication").count();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
