package fi.hva.grants.register;

import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RegisterConfiguration {

    @Bean
    CompanyRegister companyRegister(RegisterProperties properties) {
        CompanyRegister register = switch (properties.mode()) {
            case HTTP -> new YtjOpenDataClient(properties);
            case LOCAL -> new LocalCompanyRegister(properties);
        };
        return new CachedCompanyRegister(register, properties.maxAge(), Ticker.systemTicker());
    }
}
