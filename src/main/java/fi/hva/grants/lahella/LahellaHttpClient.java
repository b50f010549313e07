package fi.hva.grants.lahella;

import fi.hva.grants.association.BusinessId;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Looks the association up in Lähellä.fi by business id.
 *
 * <p>Lähellä.fi publishes no API. The endpoint used here, {@code GET
 * {baseUrl}/api/organizations?businessId=...} answering {@code {"results":[{"id","name","url"}]}},
 * is an assumption made so that the rest of the process can be built and tested against a stable
 * contract. When a real interface is agreed with the service, change {@link #SEARCH_PATH} and
 * {@link SearchResponse} here and the base URL in {@code grants.listing.base-url}; nothing outside
 * this class depends on the wire format.
 *
 * <p>Only clear answers decide: one match is listed, none is not listed. Several matches cannot be
 * told apart by a machine, so the officer decides. A failing service throws instead of answering,
 * because an application must not be judged on the service being down.
 */
class LahellaHttpClient implements ListingCheck {

    static final String SEARCH_PATH = "/api/organizations?businessId={businessId}";

    private final RestClient restClient;
    private final String serviceName;
    private final URI baseUrl;

    LahellaHttpClient(ListingProperties properties) {
        this.serviceName = properties.serviceName();
        this.baseUrl = properties.baseUrl();
        this.restClient = RestClient.builder()
                .baseUrl(properties.baseUrl())
                .requestFactory(requestFactory(properties))
                .build();
    }

    private static JdkClientHttpRequestFactory requestFactory(ListingProperties properties) {
        HttpClient httpClient = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(httpClient);
        factory.setReadTimeout(properties.readTimeout());
        return factory;
    }

    @Override
    public ListingResult check(ListingQuery query) {
        if (!query.hasBusinessId()) {
            return ListingResult.undecided(ListingReason.NO_BUSINESS_ID);
        }
        String businessId = BusinessId.normalize(query.businessId());
        try {
            return restClient.get()
                    .uri(SEARCH_PATH, businessId)
                    .accept(MediaType.APPLICATION_JSON)
                    .exchange((request, response) -> {
                        HttpStatusCode status = response.getStatusCode();
                        if (status.isSameCodeAs(HttpStatus.NOT_FOUND)) {
                            return notListed(businessId);
                        }
                        if (!status.is2xxSuccessful()) {
                            throw unavailable(businessId, "it answered HTTP " + status.value(), null);
                        }
                        return interpret(businessId, response.bodyTo(SearchResponse.class));
                    });
        } catch (RestClientException e) {
            throw unavailable(businessId, e.getCause() != null ? e.getCause().toString() : e.getMessage(), e);
        }
    }

    private ListingResult interpret(String businessId, SearchResponse response) {
        if (response == null || response.results() == null) {
            throw unavailable(businessId, "the response has no 'results' list", null);
        }
        List<Organization> results = response.results();
        if (results.isEmpty()) {
            return notListed(businessId);
        }
        if (results.size() > 1) {
            return ListingResult.undecided(ListingReason.SEVERAL_MATCHES);
        }
        return ListingResult.listed(results.get(0).url());
    }

    private ListingResult notListed(String businessId) {
        return ListingResult.notListed();
    }

    private ListingServiceUnavailableException unavailable(String businessId, String reason, Throwable cause) {
        return new ListingServiceUnavailableException("Listing service " + serviceName + " at " + baseUrl
                + " could not be queried for business id " + businessId + ": " + reason, cause);
    }

    record SearchResponse(List<Organization> results) {
    }

    record Organization(String id, String name, String url) {
    }
}
