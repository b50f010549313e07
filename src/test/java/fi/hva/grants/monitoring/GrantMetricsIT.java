package fi.hva.grants.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hva.grants.demo.DemoDataTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;

/** The demo data seen through the Prometheus endpoint that the managers' dashboards scrape, on the management port. */
@DemoDataTest
class GrantMetricsIT {

    @LocalManagementPort int managementPort;

    @Test
    void prometheusShowsOpenTasksPerGroupIncidentsAndApplicationsPerState() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("grants_tasks_open{group=\"area-elderly\"} 1.0")
                .contains("grants_tasks_open{group=\"board-secretaries\"} 1.0")
                .contains("grants_incidents_open 0.0")
                .contains("grants_applications{status=\"IN_REVIEW\"} 5.0")
                .contains("grants_applications{status=\"REVIEWED\"} 1.0");
    }
}
