package fi.hva.grants.lahella;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ListingProperties.class)
class ListingConfiguration {

    @Bean
    public ListingCheck listingCheck(ListingProperties properties) {
        return switch (properties.mode()) {
            case HTTP -> new LahellaHttpClient(properties);
            case LOCAL -> new LocalListingDirectory(properties);
            case MANUAL -> new ManualListingCheck();
            case NONE -> new NoListingRequired();
        };
    }
}
