package fi.hva.grants.lahella;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.ResourceAccessException;

class LahellaHttpClientTest {

    private static final String BUSINESS_ID = "1234567-1";
    private static final ListingQuery QUERY = new ListingQuery(BUSINESS_ID, "Kajaanin Kyläyhdistys ry", "Kajaani");
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration SHORT_TIMEOUT = Duration.ofMillis(200);

    private WireMockServer server;
    private LahellaHttpClient client;

    @BeforeEach
    void startServer() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        client = clientFor(serverUrl(), TIMEOUT);
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void oneResultIsListedWithItsUrl() {
        answer(okJson("""
                {"results":[{"id":"abc-1","name":"Kajaanin Kyläyhdistys ry",
                  "url":"https://www.lahella.fi/jarjestot/abc-1"}]}
                """));

        ListingResult result = client.check(QUERY);

        assertThat(result.status()).isEqualTo(ListingStatus.LISTED);
        assertThat(result.listingUrl()).isEqualTo("https://www.lahella.fi/jarjestot/abc-1");
        assertThat(result.reason()).isEqualTo(ListingReason.FOUND);
        server.verify(1, getRequestedFor(urlPathEqualTo("/api/organizations"))
                .withQueryParam("businessId", equalTo(BUSINESS_ID))
                .withHeader("Accept", equalTo("application/json")));
    }

    @Test
    void noResultsIsNotListed() {
        answer(okJson("{\"results\":[]}"));

        ListingResult result = client.check(QUERY);

        assertThat(result.status()).isEqualTo(ListingStatus.NOT_LISTED);
        assertThat(result.listingUrl()).isNull();
        assertThat(result.reason()).isEqualTo(ListingReason.NOT_FOUND);
    }

    @Test
    void severalResultsAreLeftToTheOfficer() {
        answer(okJson("""
                {"results":[{"id":"a","name":"Kyläyhdistys ry","url":"https://www.lahella.fi/a"},
                            {"id":"b","name":"Kyläyhdistys ry","url":"https://www.lahella.fi/b"}]}
                """));

        ListingResult result = client.check(QUERY);

        assertThat(result.status()).isEqualTo(ListingStatus.UNDECIDED);
        assertThat(result.listingUrl()).isNull();
        assertThat(result.reason()).isEqualTo(ListingReason.SEVERAL_MATCHES);
    }

    @Test
    void notFoundIsNotListed() {
        answer(aResponse().withStatus(404).withBody("Not Found"));

        assertThat(client.check(QUERY).status()).isEqualTo(ListingStatus.NOT_LISTED);
    }

    @Test
    void businessIdIsSentInCanonicalForm() {
        answer(okJson("{\"results\":[]}"));

        client.check(new ListingQuery(" 234567-1", "Yhdistys ry", "Kajaani"));

        server.verify(getRequestedFor(urlPathEqualTo("/api/organizations"))
                .withQueryParam("businessId", equalTo("0234567-1")));
    }

    @Test
    void withoutBusinessIdTheServiceIsNotAskedAndTheOfficerDecides() {
        ListingResult result = client.check(new ListingQuery(null, "Yhdistys ry", "Kajaani"));

        assertThat(result.status()).isEqualTo(ListingStatus.UNDECIDED);
        assertThat(result.reason()).isEqualTo(ListingReason.NO_BUSINESS_ID);
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void internalServerErrorThrows() {
        answer(aResponse().withStatus(500));

        assertUnavailable().hasMessageContaining("HTTP 500");
    }

    @Test
    void serviceUnavailableThrows() {
        answer(aResponse().withStatus(503));

        assertUnavailable().hasMessageContaining("HTTP 503");
    }

    @Test
    void clientErrorOtherThanNotFoundThrows() {
        answer(aResponse().withStatus(400));

        assertUnavailable().hasMessageContaining("HTTP 400");
    }

    @Test
    void responseSlowerThanReadTimeoutThrows() {
        answer(okJson("{\"results\":[]}").withFixedDelay(1_000));
        LahellaHttpClient impatient = clientFor(serverUrl(), SHORT_TIMEOUT);

        assertThatThrownBy(() -> impatient.check(QUERY))
                .isInstanceOf(ListingServiceUnavailableException.class)
                .hasMessageContaining("HttpTimeoutException")
                .hasCauseInstanceOf(ResourceAccessException.class)
                .hasRootCauseInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void refusedConnectionThrows() throws IOException {
        URI closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        LahellaHttpClient unreachable = clientFor(closedPort, TIMEOUT);

        assertThatThrownBy(() -> unreachable.check(QUERY))
                .isInstanceOf(ListingServiceUnavailableException.class)
                .hasMessageContaining(closedPort.toString())
                .hasMessageContaining("java.net.ConnectException")
                .hasCauseInstanceOf(ResourceAccessException.class);
    }

    @Test
    void malformedJsonThrows() {
        answer(okJson("{\"results\":[{\"id\":"));

        assertUnavailable().hasMessageContaining("JSON parse error");
    }

    @Test
    void bodyWithoutResultsThrows() {
        answer(okJson("{\"items\":[]}"));

        assertUnavailable().hasMessageContaining("'results'");
    }

    private void answer(ResponseDefinitionBuilder response) {
        server.stubFor(get(urlPathEqualTo("/api/organizations")).willReturn(response));
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertUnavailable() {
        return assertThatThrownBy(() -> client.check(QUERY))
                .isInstanceOf(ListingServiceUnavailableException.class)
                .hasMessageContaining("Lähellä.fi")
                .hasMessageContaining(BUSINESS_ID);
    }

    private URI serverUrl() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    private static LahellaHttpClient clientFor(URI baseUrl, Duration timeout) {
        return new LahellaHttpClient(new ListingProperties(
                ListingMode.HTTP, null, baseUrl, timeout, timeout, List.of(), null));
    }
}
