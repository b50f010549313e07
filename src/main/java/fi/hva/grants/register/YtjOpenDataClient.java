package fi.hva.grants.register;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * PRH's open company data: the YTJ open data API version 3, {@code GET {baseUrl}/companies?businessId=...},
 * which needs no contract. It answers {@code {"totalResults":n,"companies":[...]}}; an unknown business
 * id gives an empty list (a 404 is read the same way). Of a company this reads the current main name
 * (name type 1 without an end date), the current company form in Finnish, the municipality of the
 * registered address (version 3 publishes no separate registered office: the street address, or else the
 * postal address, stands for it), the end date, the company situations (liquidation, bankruptcy) and the
 * register entries. Codes are those of PRH's code lists: language 1 is Finnish; registers 1, 2 and 3
 * are the trade, foundation and association registers; situations SELTILA and KONK are liquidation and
 * bankruptcy.
 *
 * <p>Any other answer, a timeout or a refused connection throws, because an association must not be
 * judged on the register being down.
 */
class YtjOpenDataClient implements CompanyRegister {

    static final String COMPANIES_PATH = "/companies?businessId={businessId}";
    private static final String FINNISH = "1";
    private static final String MAIN_NAME = "1";
    private static final String STREET_ADDRESS = "1";
    private static final Set<String> REGISTERS_OF_ENTITIES = Set.of("1", "2", "3");
    private static final Set<String> WINDING_UP = Set.of("SELTILA", "KONK");

    private final RestClient restClient;
    private final URI baseUrl;

    YtjOpenDataClient(RegisterProperties properties) {
        this.baseUrl = properties.baseUrl();
        HttpClient httpClient = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
        requestFactory.setReadTimeout(properties.readTimeout());
        this.restClient = RestClient.builder()
                .baseUrl(properties.baseUrl().toString())
                .requestFactory(requestFactory)
                .build();
    }

    @Override
    public Optional<RegisterEntry> find(String businessId) {
        try {
            return restClient.get()
                    .uri(COMPANIES_PATH, businessId)
                    .accept(MediaType.APPLICATION_JSON)
                    .exchange((request, response) -> {
                        HttpStatusCode status = response.getStatusCode();
                        if (status.isSameCodeAs(HttpStatus.NOT_FOUND)) {
                            return Optional.<RegisterEntry>empty();
                        }
                        if (!status.is2xxSuccessful()) {
                            throw unavailable(businessId, "it answered HTTP " + status.value(), null);
                        }
                        return interpret(businessId, response.bodyTo(CompanyResult.class));
                    });
        } catch (RestClientException e) {
            throw unavailable(businessId, e.getCause() != null ? e.getCause().toString() : e.getMessage(), e);
        } catch (DateTimeParseException e) {
            throw unavailable(businessId, "the answer has a date that is no date: " + e.getParsedString(), e);
        }
    }

    private Optional<RegisterEntry> interpret(String businessId, CompanyResult result) {
        if (result == null || result.companies() == null) {
            throw unavailable(businessId, "the answer has no 'companies' list", null);
        }
        return result.companies().stream()
                .filter(company -> company.businessId() != null && businessId.equals(company.businessId().value()))
                .findFirst()
                .map(company -> entry(businessId, company));
    }

    private static RegisterEntry entry(String businessId, Company company) {
        LocalDate endDate = date(company.endDate());
        return new RegisterEntry(businessId, officialName(company), registeredOffice(company), companyForm(company),
                standing(company, endDate), endDate);
    }

    private static RegisterStanding standing(Company company, LocalDate endDate) {
        if (endDate != null) {
            return RegisterStanding.DISSOLVED;
        }
        if (current(company.companySituations()).anyMatch(situation -> WINDING_UP.contains(situation.type()))) {
            return RegisterStanding.IN_LIQUIDATION;
        }
        return current(company.registeredEntries()).anyMatch(entry -> REGISTERS_OF_ENTITIES.contains(entry.register()))
                ? RegisterStanding.ACTIVE : RegisterStanding.NOT_REGISTERED;
    }

    private static String officialName(Company company) {
        List<Name> names = current(company.names()).toList();
        return names.stream().filter(name -> MAIN_NAME.equals(name.type()))
                .max(Comparator.comparing(name -> Objects.toString(name.registrationDate(), "")))
                .or(() -> names.stream().findFirst())
                .map(Name::name).orElse(null);
    }

    private static String companyForm(Company company) {
        return current(company.companyForms()).findFirst()
                .map(form -> finnish(form.descriptions()).orElse(form.type()))
                .orElse(null);
    }

    private static String registeredOffice(Company company) {
        List<Address> addresses = company.addresses() == null ? List.of() : company.addresses();
        return addresses.stream()
                .sorted(Comparator.comparing(address -> !STREET_ADDRESS.equals(address.type())))
                .flatMap(address -> address.postOffices() == null ? Stream.empty() : address.postOffices().stream()
                        .filter(office -> FINNISH.equals(office.languageCode()) && office.city() != null))
                .map(office -> capitalised(office.city()))
                .findFirst().orElse(null);
    }

    private static Optional<String> finnish(List<Description> descriptions) {
        return descriptions == null ? Optional.empty() : descriptions.stream()
                .filter(description -> FINNISH.equals(description.languageCode()))
                .map(Description::description).filter(Objects::nonNull).findFirst();
    }

    /** PRH writes post offices in capitals: "KAJAANI" becomes "Kajaani", "PEDERSÖREN KUNTA" "Pedersören Kunta". */
    private static String capitalised(String city) {
        StringBuilder result = new StringBuilder(city.strip().toLowerCase(Locale.forLanguageTag("fi")));
        for (int i = 0; i < result.length(); i++) {
            if (i == 0 || result.charAt(i - 1) == ' ' || result.charAt(i - 1) == '-') {
                result.setCharAt(i, Character.toUpperCase(result.charAt(i)));
            }
        }
        return result.toString();
    }

    private static <T extends Dated> Stream<T> current(List<T> items) {
        return items == null ? Stream.empty() : items.stream().filter(item -> item.endDate() == null || item.endDate().isBlank());
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }

    private RegisterUnavailableException unavailable(String businessId, String reason, Throwable cause) {
        return new RegisterUnavailableException("The PRH register at " + baseUrl + " could not be queried for business id "
                + businessId + ": " + reason, cause);
    }

    private interface Dated {
        String endDate();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CompanyResult(List<Company> companies) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Company(BusinessIdValue businessId, List<Name> names, List<CompanyForm> companyForms,
                   List<Situation> companySituations, List<Entry> registeredEntries, List<Address> addresses,
                   String endDate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record BusinessIdValue(String value) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Name(String name, String type, String registrationDate, String endDate) implements Dated {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CompanyForm(String type, List<Description> descriptions, String endDate) implements Dated {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Situation(String type, String endDate) implements Dated {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entry(String register, String endDate) implements Dated {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Description(String languageCode, String description) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Address(String type, List<PostOffice> postOffices) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PostOffice(String city, String languageCode) {
    }
}
