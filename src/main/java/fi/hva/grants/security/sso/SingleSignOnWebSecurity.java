package fi.hva.grants.security.sso;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

import fi.hva.grants.common.Messages;
import fi.hva.grants.security.OfficerLoginProperties;
import fi.hva.grants.security.RestApiSecurity;
import fi.hva.grants.security.WebSecurity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The web side of single sign-on. /engine-rest takes bearer JWTs of the county's provider (no token, or an invalid,
 * expired or foreign-signed one: 401; HTTP Basic is not accepted). The webapps and our officer pages log in through
 * the provider (authorization code flow); Camunda's container-based login then makes the webapp session from the
 * Spring login, with the groups the token maps to. The webapps keep their own CSRF protection and headers.
 */
@Configuration
@ConditionalOnProperty(name = OfficerLoginProperties.LOGIN, havingValue = "oidc", matchIfMissing = true)
class SingleSignOnWebSecurity {

    /** Our pages that officers open from task forms and Cockpit; their controllers ask {@code OfficerSession}. */
    static final List<String> OFFICER_PAGES = List.of("/managers", "/attachments", "/applications", "/letters",
            "/payment-batches", "/partnerships");

    /** After Spring Security's chain (-100) and before the webapps' own filters, which Camunda registers last. */
    private static final int CAMUNDA_LOGIN_ORDER = 101;

    private static final String PROVIDER = SpringSecurityAuthenticationProvider.class.getName();

    @Bean
    JwtDecoder officerTokens(SingleSignOn singleSignOn, OfficerLoginProperties properties) {
        String issuer = singleSignOn.issuer();
        String audience = properties.oidc().audience();
        // Lazily: the provider need not answer while the application starts.
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = JwtDecoders.fromIssuerLocation(issuer);
            List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>(List.of(JwtValidators.createDefaultWithIssuer(issuer)));
            if (audience != null && !audience.isBlank()) {
                validators.add(new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(audience)));
            }
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
            return decoder;
        });
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRestSecurity(HttpSecurity http, JwtDecoder officerTokens, OfficerClaims claims) throws Exception {
        return WebSecurity.headers(http)
                .securityMatcher(antMatcher("/engine-rest/**"))
                .authorizeHttpRequests(requests -> requests
                        // The list of engine names, open by Camunda's design as with local logins.
                        .requestMatchers(antMatcher("/engine-rest/engine")).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(jwt -> jwt.decoder(officerTokens)
                        .jwtAuthenticationConverter(token -> new JwtAuthenticationToken(token, List.of(),
                                claims.officer(token.getClaims()).map(Officer::id).orElse(token.getSubject())))))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain officerSecurity(HttpSecurity http, ClientRegistrationRepository registrations, OfficerClaims claims,
                                        OfficerDirectory directory, AuthorizationService authorizationService, Messages messages)
            throws Exception {
        // Only the county registration's login addresses: another sign-in of the application keeps its own.
        List<RequestMatcher> paths = new ArrayList<>(Stream.of("/camunda/**",
                        "/oauth2/authorization/" + SingleSignOn.REGISTRATION, "/login/oauth2/code/" + SingleSignOn.REGISTRATION)
                .map(path -> (RequestMatcher) antMatcher(path)).toList());
        OFFICER_PAGES.forEach(page -> paths.add(antMatcher(page + "/**")));
        return WebSecurity.headers(http)
                .securityMatcher(new OrRequestMatcher(paths))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(antMatcher(WebSecurity.WEBAPP_SETUP)).denyAll()
                        .anyRequest().authenticated())
                // The webapps' own calls get 401 rather than a redirect their XHR could not follow.
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), antMatcher("/camunda/api/**")))
                .oauth2Login(login -> login
                        .clientRegistrationRepository(new InMemoryClientRegistrationRepository(
                                registrations.findByRegistrationId(SingleSignOn.REGISTRATION)))
                        .successHandler(new OfficerLogins(claims, directory, authorizationService))
                        .failureHandler(new FailedLogin(messages)))
                .logout(logout -> logout.logoutRequestMatcher(CamundaLogout.request())
                        .logoutSuccessHandler(new CamundaLogout.ToProvider(registrations)))
                // The webapps send Camunda's CSRF token to Camunda's filter; our officer pages only answer GETs.
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> restApiAuthenticationFilter() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-rest-authentication");
        registration.addUrlPatterns(RestApiSecurity.REST_URL_PATTERN);
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, PROVIDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappAuthenticationFilter() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("camunda-webapp-single-sign-on");
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, PROVIDER);
        registration.setOrder(CAMUNDA_LOGIN_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> officerPagesAuthenticationFilter(ProcessEngine engine) {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new OfficerPagesAuthenticationFilter(engine.getName()));
        registration.setName("officer-pages-single-sign-on");
        OFFICER_PAGES.forEach(page -> registration.addUrlPatterns(page + "/*"));
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, PROVIDER);
        registration.setOrder(CAMUNDA_LOGIN_ORDER);
        return registration;
    }
}
