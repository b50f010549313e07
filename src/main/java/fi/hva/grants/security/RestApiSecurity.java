package fi.hva.grants.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Camunda starter leaves /engine-rest open to anyone. With local logins this filter demands HTTP Basic
 * credentials of an engine user and runs each call as that user, so the engine's authorizations apply to REST too;
 * with single sign-on a bearer token of the county's provider does the same ({@code security.sso}). Either way a
 * refusal is answered 403 also where Camunda's resource wraps it ({@link WrappedRefusals}).
 */
@Configuration
@EnableConfigurationProperties(OfficerLoginProperties.class)
public class RestApiSecurity {

    public static final String REST_URL_PATTERN = "/engine-rest/*";

    @Bean
    @ConditionalOnProperty(name = OfficerLoginProperties.LOGIN, havingValue = "local")
    public FilterRegistrationBean<ProcessEngineAuthenticationFilter> restApiAuthenticationFilter() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-rest-authentication");
        registration.addUrlPatterns(REST_URL_PATTERN);
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        return registration;
    }

    @Bean
    public ResourceConfigCustomizer wrappedRefusalsAsForbidden() {
        return config -> config.register(WrappedRefusals.class);
    }
}
