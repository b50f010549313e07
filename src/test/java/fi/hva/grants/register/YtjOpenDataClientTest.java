package fi.hva.grants.register;

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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP client against WireMock answering as PRH's YTJ open data API version 3 does ({@code
 * GET /companies?businessId=...}, {@code {"totalResults","companies":[...]}}). The answers in
 * {@code src/test/resources/register/ytj} follow the published response shape: names with types and end
 * dates, company forms and register entries with descriptions per language code, company situations,
 * addresses whose post offices carry the municipality.
 */
class YtjOpenDataClientTest {

    /** Generous for a cold JVM; the timeout test gives its client a short one. */
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Duration SHORT_TIMEOUT = Duration.ofMillis(300);

    private WireMockServer prh;
    private YtjOpenDataClient client;

    @BeforeEach
    void startPrh() {
        prh = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        prh.start();
        client = client(TIMEOUT);
    }

    private YtjOpenDataClient client(Duration readTimeout) {
        return new YtjOpenDataClient(new RegisterProperties(RegisterMode.HTTP,
                URI.create(prh.baseUrl() + "/opendata-ytj-api/v3"), TIMEOUT, readTimeout, null, null));
    }

    @AfterEach
    void stopPrh() {
        prh.stop();
    }

    @Test
    void activeAssociationIsReadWithItsCurrentNameFormAndTheStreetAddresssMunicipality() {
        answer("0201256-6", fixture("active-association.json"));

        RegisterEntry entry = client.find("0201256-6").orElseThrow();

        assertThat(entry.officialName()).isEqualTo("Kajaanin Mielenterveysyhdistys ry");
        assertThat(entry.registeredOffice()).isEqualTo("Kajaani");
        assertThat(entry.companyForm()).isEqualTo("Aatteellinen yhdistys");
        assertThat(entry.standing()).isEqualTo(RegisterStanding.ACTIVE);
        assertThat(entry.endDate()).isNull();
        prh.verify(getRequestedFor(urlPathEqualTo("/opendata-ytj-api/v3/companies"))
                .withQueryParam("businessId", equalTo("0201256-6"))
                .withHeader("Accept", equalTo("application/json")));
    }

    @Test
    void dissolvedAssociationHasItsEndDate() {
        answer("0911672-0", fixture("dissolved-association.json"));

        RegisterEntry entry = client.find("0911672-0").orElseThrow();

        assertThat(entry.standing()).isEqualTo(RegisterStanding.DISSOLVED);
        assertThat(entry.endDate()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(entry.registeredOffice()).isEqualTo("Hyrynsalmi");
    }

    @Test
    void associationInLiquidationIsNotActiveAndItsOfficeIsTheStreetAddresssMunicipalityInFinnish() {
        answer("1967432-0", fixture("association-in-liquidation-outside-region.json"));

        RegisterEntry entry = client.find("1967432-0").orElseThrow();

        assertThat(entry.standing()).isEqualTo(RegisterStanding.IN_LIQUIDATION);
        assertThat(entry.registeredOffice()).isEqualTo("Oulu");
        assertThat(entry.officialName()).isEqualTo("Pohjois-Suomen Omaishoitajat ry");
    }

    @Test
    void businessIdInNoRegisterOfAssociationsFoundationsOrCompaniesIsNotRegistered() {
        answer("2234905-1", """
                {"totalResults":1,"companies":[{"businessId":{"value":"2234905-1"},
                  "names":[{"name":"Kainuun Päihdetyön Tuki","type":"1","endDate":null}],
                  "registeredEntries":[{"type":"80","register":"6","authority":"1","endDate":null,
                    "descriptions":[{"languageCode":"1","description":"Liiketoiminnasta arvonlisäverovelvollinen"}]}],
                  "tradeRegisterStatus":"0","status":"2","endDate":null,"lastModified":"2026-01-02T07:49:26"}]}
                """);

        RegisterEntry entry = client.find("2234905-1").orElseThrow();

        assertThat(entry.standing()).isEqualTo(RegisterStanding.NOT_REGISTERED);
        assertThat(entry.registeredOffice()).isNull();
        assertThat(entry.companyForm()).isNull();
    }

    @Test
    void unknownBusinessIdIsNotFoundWhetherAnsweredWithAnEmptyListOrNotFound() {
        answer("1234567-1", fixture("not-found.json"));
        prh.stubFor(get(urlPathEqualTo("/opendata-ytj-api/v3/companies")).withQueryParam("businessId", equalTo("7654321-0"))
                .willReturn(aResponse().withStatus(404)));

        assertThat(client.find("1234567-1")).isEmpty();
        assertThat(client.find("7654321-0")).isEmpty();
    }

    @Test
    void timeoutIsAnOutageNotAnAnswer() {
        prh.stubFor(get(urlPathEqualTo("/opendata-ytj-api/v3/companies"))
                .willReturn(okJson(fixture("active-association.json")).withFixedDelay((int) SHORT_TIMEOUT.toMillis() * 5)));
        YtjOpenDataClient impatient = client(SHORT_TIMEOUT);

        assertThatThrownBy(() -> impatient.find("0201256-6")).isInstanceOf(RegisterUnavailableException.class)
                .hasMessageContaining("0201256-6");
    }

    @Test
    void serverErrorAndRefusedConnectionAreOutages() {
        prh.stubFor(get(urlPathEqualTo("/opendata-ytj-api/v3/companies")).willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> client.find("0201256-6")).isInstanceOf(RegisterUnavailableException.class)
                .hasMessageContaining("HTTP 503");

        prh.stop();
        assertThatThrownBy(() -> client.find("0201256-6")).isInstanceOf(RegisterUnavailableException.class);
    }

    @Test
    void answerWithoutCompaniesIsAnOutage() {
        answer("0201256-6", "{\"message\":\"Palvelu huoltokatkolla\"}");

        assertThatThrownBy(() -> client.find("0201256-6")).isInstanceOf(RegisterUnavailableException.class)
                .hasMessageContaining("companies");
    }

    private void answer(String businessId, String body) {
        prh.stubFor(get(urlPathEqualTo("/opendata-ytj-api/v3/companies")).withQueryParam("businessId", equalTo(businessId))
                .willReturn(okJson(body)));
    }

    static String fixture(String name) {
        try (InputStream in = YtjOpenDataClientTest.class.getResourceAsStream("/register/ytj/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
