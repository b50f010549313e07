package fi.hva.grants.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The web layer's own protection: security headers on every answer and the Camunda webapps' first-user setup closed.
 * Who may do what is decided elsewhere, where the knowledge is: the engine's authorizations for /engine-rest and the
 * webapps (Camunda's own authentication filters), the officer's webapp session for our file links, and the
 * applicant's bearer token for /api/applicant. CSRF is left to those parts too: the webapps send Camunda's own CSRF
 * token, and neither the REST API (Basic or bearer token) nor the applicant API (bearer token) authenticates by cookie.
 * With single sign-on ({@code security.sso}) the officers' chains come first; this one keeps everything else.
 */
@Configuration
public class WebSecurity {

    /** Camunda's anonymous "create the first administrator" call; the administrator comes from configuration. */
    public static final String WEBAPP_SETUP = "/camunda/api/admin/setup/**";

    /** The webapps set their own Content-Security-Policy (camunda.bpm.webapp.header-security); two policies would intersect. */
    private static final RequestMatcher OUR_PAGES = new NegatedRequestMatcher(AntPathRequestMatcher.antMatcher("/camunda/**"));

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain webSecurityFilterChain(HttpSecurity http) throws Exception {
        return headers(http)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(AntPathRequestMatcher.antMatcher(WEBAPP_SETUP)).denyAll()
                        .anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .build();
    }

    /** The same headers in every chain: our policy on our pages, the webapps' own on theirs. */
    public static HttpSecurity headers(HttpSecurity http) throws Exception {
        return http.headers(headers -> headers
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(OUR_PAGES,
                        new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny()));
    }
}
