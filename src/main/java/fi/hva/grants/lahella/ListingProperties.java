package fi.hva.grants.lahella;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the association listing check. Every property is optional: without any, the check is
 * manual, so a region that forgets to configure it still has its applications checked by an officer
 * instead of being accepted or rejected on a guess.
 *
 * @param mode how the listing is checked, default {@link ListingMode#MANUAL}
 * @param serviceName service name used in the officer's messages, default {@code Lähellä.fi}
 * @param baseUrl root of the service for {@link ListingMode#HTTP} and for the demo links, default
 *     {@code https://www.lahella.fi}
 * @param connectTimeout default 2 s
 * @param readTimeout time to wait for the response, default 5 s
 * @param localListed business ids that {@link ListingMode#LOCAL} reports as listed, default none
 * @param subject what must be listed, default {@link ListingSubject#ASSOCIATION}; the officer's texts ask for it
 */
@ConfigurationProperties(prefix = "grants.listing")
public record ListingProperties(
        ListingMode mode,
        String serviceName,
        URI baseUrl,
        Duration connectTimeout,
        Duration readTimeout,
        List<String> localListed,
        ListingSubject subject) {

    public static final String DEFAULT_SERVICE_NAME = "Lähellä.fi";
    public static final URI DEFAULT_BASE_URL = URI.create("https://www.lahella.fi");
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(5);

    public ListingProperties {
        mode = mode == null ? ListingMode.MANUAL : mode;
        serviceName = serviceName == null || serviceName.isBlank() ? DEFAULT_SERVICE_NAME : serviceName;
        baseUrl = baseUrl == null ? DEFAULT_BASE_URL : baseUrl;
        connectTimeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
        readTimeout = readTimeout == null ? DEFAULT_READ_TIMEOUT : readTimeout;
        localListed = localListed == null ? List.of() : List.copyOf(localListed);
        subject = subject == null ? ListingSubject.ASSOCIATION : subject;
    }
}
