package fi.hva.grants.register;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the PRH register lookup. Every property is optional.
 *
 * @param mode {@link RegisterMode#HTTP} (default) or {@link RegisterMode#LOCAL}
 * @param baseUrl root of PRH's YTJ open data API version 3, default {@code https://avoindata.prh.fi/opendata-ytj-api/v3}
 * @param connectTimeout default 2 s
 * @param readTimeout time to wait for the answer, default 5 s
 * @param maxAge how long an answer is reused, in the cache and in a stored check, default one day
 * @param localEntries what {@link RegisterMode#LOCAL} answers; other business ids are not found
 */
@ConfigurationProperties(prefix = "grants.register")
public record RegisterProperties(
        RegisterMode mode,
        URI baseUrl,
        Duration connectTimeout,
        Duration readTimeout,
        Duration maxAge,
        List<LocalEntry> localEntries) {

    public static final URI DEFAULT_BASE_URL = URI.create("https://avoindata.prh.fi/opendata-ytj-api/v3");

    public RegisterProperties {
        mode = mode == null ? RegisterMode.HTTP : mode;
        baseUrl = baseUrl == null ? DEFAULT_BASE_URL : baseUrl;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(5) : readTimeout;
        maxAge = maxAge == null ? Duration.ofDays(1) : maxAge;
        localEntries = localEntries == null ? List.of() : List.copyOf(localEntries);
    }

    /** An association of the local register; without a standing it is active, or dissolved when it has an end date. */
    public record LocalEntry(String businessId, String name, String registeredOffice, String companyForm,
                             RegisterStanding standing, LocalDate endDate) {
    }
}
